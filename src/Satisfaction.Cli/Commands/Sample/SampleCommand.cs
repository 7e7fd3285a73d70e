using System.Globalization;
using Satisfaction.Application.Sampling;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Sampling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary>
/// <c>satisfaction sample</c>: the weekly draw. Stores the draw, every consideration and the sampled cases in
/// one transaction (nothing with <c>--dry-run</c>) and prints a table per stratum.
/// </summary>
public sealed class SampleCommand(CliHost host) : AsyncCommand<SampleSettings>
{
    /// <summary>The programmes folder: the option, else configuration <c>Sampling:ProgrammesPath</c>, else the default.</summary>
    public static string ProgrammesFolder(CliHost host, string? option)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.ResolvePath(option ?? host.Configuration["Sampling:ProgrammesPath"] ?? ProgrammeCatalog.DefaultFolder);
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, SampleSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var programmes = ProgrammeCatalog.Load(ProgrammesFolder(host, settings.Programmes));
        var asOf = host.Today(settings);
        var db = CliStore.Open(host, settings);
        await using (db.ConfigureAwait(false))
        {
            var result = await new SampleDrawService(db, host.Time)
                .RunAsync(new SampleRunRequest(asOf, settings.Seed, settings.DryRun, programmes), cancellationToken).ConfigureAwait(false);
            Print(result, asOf);
        }

        return ExitCodes.Ok;
    }

    private void Print(SampleRunResult result, DateOnly asOf)
    {
        var inv = CultureInfo.InvariantCulture;
        var draw = result.Draw;
        var seedNote = result.SeedDerived ? string.Create(inv, $" (derived from the date; repeat with --seed {result.Seed})") : string.Empty;
        host.Out.WriteLine(string.Create(inv, $"sample as of {asOf:yyyy-MM-dd}, seed {result.Seed}{seedNote}"));
        var table = new Table().AddColumns("programme", "stratum", "eligible", "allocated", "sampled", "inclusion probability");
        foreach (var s in draw.Strata)
        {
            table.AddRow(
                Markup.Escape(s.Programme), Markup.Escape(s.Stratum), s.Eligible.ToString(inv), s.Allocated.ToString(inv),
                s.Sampled.ToString(inv), s.InclusionProbability.ToString("0.0000", inv));
        }

        host.Console.Write(table);
        var excluded = draw.Considerations.Where(c => c.Outcome == ConsiderationOutcome.Excluded)
            .GroupBy(c => c.Reason!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        host.Out.WriteLine(string.Create(inv, $"considered {draw.Considerations.Count}, excluded {draw.Considerations.Count(c => c.Outcome == ConsiderationOutcome.Excluded)}, sampled {draw.Sampled.Count}"));
        foreach (var g in excluded)
        {
            host.Out.WriteLine(string.Create(inv, $"  excluded {g.Key}: {g.Count()}"));
        }

        host.Out.WriteLine(result.DrawId is { } id
            ? string.Create(inv, $"stored as draw {id}")
            : "dry run: nothing written");
    }
}
