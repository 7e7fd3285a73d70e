using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Sampling;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary><c>satisfaction sample explain CRIME_REF</c>: why a record was or was not sampled.</summary>
public sealed class SampleExplainCommand(CliHost host, SampleExplainService explain, IOptions<SamplingOptions> sampling) : AsyncCommand<SampleExplainSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, SampleExplainSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var programmes = ProgrammeCatalog.Load(SampleCommand.ProgrammesFolder(host, sampling.Value, settings.Programmes));
        var explanation = await explain.ExplainAsync(settings.CrimeRef, programmes, host.Today(settings), cancellationToken).ConfigureAwait(false);
        Print(explanation);

        return ExitCodes.Ok;
    }

    private void Print(RecordExplanation e)
    {
        var inv = CultureInfo.InvariantCulture;
        var o = e.Rules.Outcome;
        host.Out.WriteLine($"crime_ref: {TerminalText.Safe(e.Rules.CrimeRef)}");
        host.Out.WriteLine(o.Group is null ? "user group: none" : TerminalText.Safe($"programme: {o.Programme!.Id}, user group: {o.Group.Id}, questionnaire: {o.Group.Questionnaire}"));
        host.Out.WriteLine(string.Create(inv, $"rules at {e.EvaluatedAt:yyyy-MM-dd} ({(o.IsEligible ? "eligible" : "not eligible: " + TerminalText.Safe(o.Reason))}):"));
        foreach (var check in e.Rules.Checks)
        {
            host.Out.WriteLine($"  {(check.Passed ? "pass" : "FAIL")}  {TerminalText.Safe(check.Rule),-22} {TerminalText.Safe(check.Detail)}");
        }

        host.Out.WriteLine("ASB repeat location: " + AsbRepeatText(e));
        if (e.Draw is not { } d)
        {
            host.Out.WriteLine("draw: not yet considered by any draw");
            return;
        }

        host.Out.WriteLine(string.Create(inv, $"draw: {d.DrawId} (as of {d.AsOf:yyyy-MM-dd}, seed {d.Seed})"));
        host.Out.WriteLine($"outcome: {d.Outcome}{(d.Reason is null ? string.Empty : " (" + TerminalText.Safe(d.Reason) + ")")}");
        if (d.Stratum is not null)
        {
            host.Out.WriteLine(string.Create(inv, $"stratum: {TerminalText.Safe(d.Stratum)}, inclusion probability: {d.InclusionProbability?.ToString("R", inv) ?? "-"}"));
        }

        if (d.CaseId is { } caseId)
        {
            host.Out.WriteLine(string.Create(inv, $"case: {caseId}"));
        }
    }

    /// <summary>yes or no, with the count of ASB incidents from the location in the period when it is an ASB incident with a location.</summary>
    internal static string AsbRepeatText(RecordExplanation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var answer = e.AsbRepeatLocation ? "yes" : "no";
        var n = e.AsbIncidentsInPeriod;
        return n == 0
            ? answer
            : string.Create(CultureInfo.InvariantCulture, $"{answer} ({n} {(n == 1 ? "incident" : "incidents")} at this location in the {Core.Sampling.AsbRepeatLocations.PeriodDays} days to the report)");
    }
}
