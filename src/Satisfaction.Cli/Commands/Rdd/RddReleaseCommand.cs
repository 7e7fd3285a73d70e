using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Rdd;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Rdd;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Rdd;

/// <summary>
/// <c>satisfaction rdd release --month 2026-12 [--force CODE] [--seed N] [--banks FILE]</c>: releases new RDD
/// replicates for the month when the planner says so (only once the released ones are worked out), from the
/// bank file given (which becomes the force's configured banks) or the force's configured banks. The force is that of
/// <c>--force</c> / <c>Store:Force</c>, else the store's only force, like every command.
/// </summary>
public sealed class RddReleaseCommand(CliHost host, ForceScope forceScope, RddReleaseService release, IOptions<RddOptions> rddOptions) : AsyncCommand<RddReleaseCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!RddMonth.TryParse(settings.Month, out var month))
        {
            throw new InvalidInputException($"--month '{settings.Month}' is not a month in the form yyyy-MM.");
        }

        var rdd = rddOptions.Value;
        var force = await forceScope.GetAsync(cancellationToken).ConfigureAwait(false);
        var banksFile = settings.Banks ?? rdd.BanksFile;
        IReadOnlyList<Core.Rdd.NumberBank>? banks = null;
        if (banksFile is not null)
        {
            var path = host.ResolvePath(banksFile);
            if (!File.Exists(path))
            {
                throw new InvalidInputException($"{banksFile}: no such bank file.");
            }

            using var reader = new StreamReader(path);
            banks = NumberBankCsv.Parse(reader, banksFile);
        }

        var planner = new ReleasePlannerOptions
        {
            TargetInterviewsPerMonth = settings.Target ?? rdd.TargetInterviewsPerMonth,
            ReplicateSize = rdd.ReplicateSize,
            MaxCallAttempts = rdd.MaxCallAttempts,
        };
        var frame = new ListAssistedRddOptions { MinimumListed = settings.MinimumListed ?? rdd.MinimumListed };

        var result = await release.ReleaseAsync(force.Id, month, banks, settings.Seed, planner, frame, cancellationToken).ConfigureAwait(false);
        var name = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await host.Out.WriteLineAsync($"{name}: {result.Decision.Explanation}").ConfigureAwait(false);
        if (result.Draw is { } draw)
        {
            await host.Out.WriteLineAsync(Invariant(
                $"released replicate(s) {string.Join(", ", result.ReplicateNumbers)}: {result.NumbersReleased} numbers, seed {result.Seed}; banks kept {draw.KeptBanks}, dropped {draw.DroppedBanks}; rejected draws: {draw.RejectedAlreadyDrawn} drawn before, {draw.RejectedDoNotCall} do-not-call, {draw.RejectedInvalid} invalid")).ConfigureAwait(false);
            if (draw.Shortfall > 0)
            {
                await host.Error.WriteLineAsync(Invariant($"warning: the kept banks ran out: {draw.Shortfall} fewer numbers than planned.")).ConfigureAwait(false);
            }
        }

        return ExitCodes.Ok;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Options of <c>rdd release</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The month, yyyy-MM.</summary>
        [CommandOption("--month <MONTH>")]
        [Description("Month to release for, yyyy-MM (required).")]
        public string? Month { get; init; }

        /// <summary>Seed of the draw.</summary>
        [CommandOption("--seed <N>")]
        [Description("Seed of the draw (default: yyyyMM x 1000 + replicates already released + 1). Stored with the replicates.")]
        public long? Seed { get; init; }

        /// <summary>Bank file.</summary>
        [CommandOption("--banks <FILE>")]
        [Description("Number-bank CSV (area_code,local_prefix,listed_residential); it becomes the force's configured banks. Default: Rdd:BanksFile, else the banks configured for the force (refused when it has none).")]
        public string? Banks { get; init; }

        /// <summary>Interviews wanted per month.</summary>
        [CommandOption("--target <N>")]
        [Description("Completed interviews wanted per month (default: Rdd:TargetInterviewsPerMonth, else 50).")]
        public int? Target { get; init; }

        /// <summary>Listed-number threshold.</summary>
        [CommandOption("--min-listed <K>")]
        [Description("Keep banks with at least K listed residential numbers (default: Rdd:MinimumListed, else 1).")]
        public int? MinimumListed { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (!RddMonth.TryParse(Month, out _))
            {
                return ValidationResult.Error($"--month '{Month}' is not a month in the form yyyy-MM.");
            }

            if (Target is < 1)
            {
                return ValidationResult.Error("--target must be 1 or more.");
            }

            if (MinimumListed is < 0 or > 100)
            {
                return ValidationResult.Error("--min-listed must be from 0 to 100.");
            }

            return base.Validate();
        }
    }
}
