using System.Globalization;
using Satisfaction.Application.Sampling;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary>
/// <c>satisfaction sample</c>: the weekly draw. Stores the draw, every consideration and the sampled cases in
/// one transaction (nothing with <c>--dry-run</c>) and prints a table per stratum.
/// </summary>
public sealed class SampleCommand(CliHost host, SampleDrawService draws, WeeklySampleService weeks, IOptions<SamplingOptions> sampling) : AsyncCommand<SampleSettings>
{
    /// <summary>
    /// The programmes folder: the option (from the working folder), else <c>Sampling:ProgrammesPath</c>, else
    /// <c>questionnaires/programmes</c> in the working folder, else the copy shipped beside the program.
    /// </summary>
    internal static string ProgrammesFolder(CliHost host, SamplingOptions sampling, string? option) =>
        option is null ? sampling.ProgrammesPath! : host.ResolvePath(option);

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, SampleSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var programmes = ProgrammeCatalog.Load(ProgrammesFolder(host, sampling.Value, settings.Programmes));
        var asOf = host.Today(settings);
        var inv = CultureInfo.InvariantCulture;
        var missed = await weeks.MissedWeeksAsync(asOf, cancellationToken).ConfigureAwait(false);
        if (missed.Count > 0 && settings.CatchUp && !settings.DryRun)
        {
            var caught = await weeks.CatchUpAsync(missed[^1], programmes, cancellationToken).ConfigureAwait(false);
            foreach (var r in caught)
            {
                host.Out.WriteLine(string.Create(inv, $"caught up week as of {r.Draw.AsOf:yyyy-MM-dd}, seed {r.Seed}: considered {r.Draw.Considerations.Count}, sampled {r.Draw.Sampled.Count}{(r.IsEmpty ? " (empty draw)" : string.Empty)}, stored as draw {r.DrawId}"));
            }
        }
        else if (missed.Count > 0)
        {
            await host.Error.WriteLineAsync(string.Create(inv,
                $"warning: {missed.Count} week(s) skipped since the last draw: {string.Join(", ", missed.Select(d => d.ToString("yyyy-MM-dd", inv)))}; run `satisfaction sample --catch-up` to draw them in order, each with its own as-of date and seed, so no record ages out of its window unseen")).ConfigureAwait(false);
        }

        var result = await draws.RunAsync(new SampleRunRequest(asOf, settings.Seed, settings.DryRun, programmes), cancellationToken).ConfigureAwait(false);
        Print(result, asOf, programmes);

        return ExitCodes.Ok;
    }

    private void Print(SampleRunResult result, DateOnly asOf, IReadOnlyList<SamplingProgramme> programmes)
    {
        var inv = CultureInfo.InvariantCulture;
        var draw = result.Draw;
        var seedNote = result.SeedDerived ? string.Create(inv, $" (derived from the date; repeat with --seed {result.Seed})") : string.Empty;
        host.Out.WriteLine(string.Create(inv, $"sample as of {asOf:yyyy-MM-dd}, seed {result.Seed}{seedNote}"));
        var table = new Table().AddColumns("programme", "stratum", "eligible", "allocated", "sampled", "inclusion probability");
        foreach (var s in draw.Strata)
        {
            table.AddRow(
                TerminalText.Markup(s.Programme), TerminalText.Markup(s.Stratum), s.Eligible.ToString(inv), s.Allocated.ToString(inv),
                s.Sampled.ToString(inv), s.InclusionProbability.ToString("0.0000", inv));
        }

        host.Console.Write(table);
        PrintAsbRepeats(draw, programmes);
        var excluded = draw.Considerations.Where(c => c.Outcome == ConsiderationOutcome.Excluded)
            .GroupBy(c => c.Reason!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        host.Out.WriteLine(string.Create(inv, $"considered {draw.Considerations.Count}, excluded {draw.Considerations.Count(c => c.Outcome == ConsiderationOutcome.Excluded)}, sampled {draw.Sampled.Count}"));
        foreach (var g in excluded)
        {
            host.Out.WriteLine(string.Create(inv, $"  excluded {TerminalText.Safe(g.Key)}: {g.Count()}"));
        }

        host.Out.WriteLine(result.DrawId is { } id
            ? result.IsEmpty
                ? string.Create(inv, $"the draw considered no record: stored as empty draw {id} (the week counts as drawn; it is not a sample and is never exported)")
                : string.Create(inv, $"stored as draw {id}")
            : "dry run: nothing written");
    }

    /// <summary>
    /// The ASB repeat-location domain per stratum of each ASB programme: sampled cases that are the 5th or later
    /// incident from their location in 180 days (its own table: a seventh column would not fit 80 characters).
    /// </summary>
    private void PrintAsbRepeats(DrawResult draw, IReadOnlyList<SamplingProgramme> programmes)
    {
        var inv = CultureInfo.InvariantCulture;
        var asb = programmes.Where(IsAsb).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var strata = draw.Strata.Where(s => asb.Contains(s.Programme)).ToList();
        if (strata.Count == 0)
        {
            return;
        }

        var repeats = draw.Sampled.Where(u => u.AsbRepeatLocation).CountBy(u => (u.Programme, u.Stratum))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        var table = new Table().AddColumns("programme", "stratum", "sampled", "asb repeat location");
        foreach (var s in strata)
        {
            table.AddRow(
                TerminalText.Markup(s.Programme), TerminalText.Markup(s.Stratum), s.Sampled.ToString(inv),
                repeats.GetValueOrDefault((s.Programme, s.Stratum)).ToString(inv));
        }

        host.Out.WriteLine(string.Create(inv, $"ASB repeat locations ({AsbRepeatLocations.Threshold}th or later incident from the location in {AsbRepeatLocations.PeriodDays} days), sampled cases:"));
        host.Console.Write(table);
    }

    private static bool IsAsb(SamplingProgramme programme) =>
        programme.UserGroups.All(g => g.IncidentTypes.All(t => t == IncidentType.Asb));
}
