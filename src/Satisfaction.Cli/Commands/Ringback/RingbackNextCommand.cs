using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Crimes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary>
/// <c>satisfaction ringback next --handler NAME [--format json]</c>: claims the next due case for the handler
/// (or gives back the one they hold) through the desk the console uses; exit 3 when nothing is due.
/// </summary>
public sealed class RingbackNextCommand(CliHost host, IServiceProvider services) : AsyncCommand<RingbackNextCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = RingbackClock.For(host.Time, settings.Now);
        var desk = RingbackSettings.Desk(services, clock, settings.Qa);
        var result = await desk.NextAsync(settings.Handler!, cancellationToken).ConfigureAwait(false);
        if (result.Claim is not { } claim)
        {
            var when = result.NextDueAt is { } at ? " (next: " + Local(services, at) + " UK time)" : string.Empty;
            await host.Error.WriteLineAsync("nothing due: " + result.NothingDueReason + when).ConfigureAwait(false);
            return ExitCodes.NothingDue;
        }

        if (settings.Format == "json")
        {
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                case_id = claim.CaseId,
                kind = EnumCodes.ToCode(claim.Kind),
                lock_expires_at = claim.LockExpiresAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            })).ConfigureAwait(false);
        }
        else
        {
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"case {claim.CaseId} ({EnumCodes.ToCode(claim.Kind)}) locked to {settings.Handler} until {Local(services, claim.LockExpiresAt)} UK time{(claim.Resumed ? " (already yours)" : string.Empty)}")).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    private static string Local(IServiceProvider services, DateTimeOffset at) =>
        services.GetRequiredService<RingbackPolicy>().ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Options of <c>ringback next</c>.</summary>
    public sealed class Settings : RingbackSettings
    {
        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json: {\"case_id\", \"kind\" (victim|rdd), \"lock_expires_at\" (UTC)}.")]
        public string Format { get; init; } = "text";

        /// <summary>QA queue.</summary>
        [CommandOption("--qa")]
        [Description("Claim from the supervisors' QA ring-back queue instead of the survey's.")]
        public bool Qa { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Format is "text" or "json" ? base.Validate() : ValidationResult.Error($"--format '{Format}' is not text or json.");
    }
}
