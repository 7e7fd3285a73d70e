using System.Globalization;
using Satisfaction.Application.Scores;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Scores;

/// <summary>
/// <c>satisfaction scores --as-of DATE [--programme P] [--by D] [--format table|json|csv]</c>: the measures from the
/// interviews in the store, in-year and in the previous 12 months, with the change and its significance.
/// </summary>
public sealed class ScoresCommand(CliHost host, ScoresService scores) : AsyncCommand<ScoresSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ScoresSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var breakdown = settings.By switch
        {
            "user_group" => ScoreBreakdown.UserGroup,
            "division" => ScoreBreakdown.Division,
            "month" => ScoreBreakdown.Month,
            "quarter" => ScoreBreakdown.Quarter,
            _ => ScoreBreakdown.Standard,
        };
        var result = await scores.RunAsync(new ScoreRequest(host.Today(settings), settings.Programme, breakdown), cancellationToken).ConfigureAwait(false);
        foreach (var warning in result.Warnings)
        {
            await host.Error.WriteLineAsync(TerminalText.SafeLines(warning)).ConfigureAwait(false);
        }

        switch (settings.Format)
        {
            case "json":
                ScoresOutput.WriteJson(host.Out, result);
                break;
            case "csv":
                ScoresOutput.WriteCsv(host.Out, result);
                break;
            default:
                PrintTable(result);
                break;
        }

        return ExitCodes.Ok;
    }

    private void PrintTable(ScoreResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var p = result.Periods;
        host.Out.WriteLine(string.Create(inv, $"in-year {p.InYearStart:yyyy-MM-dd} to {p.InYearEnd:yyyy-MM-dd}; previous 12 months {p.PreviousStart:yyyy-MM-dd} to {p.PreviousEnd:yyyy-MM-dd}"));
        host.Out.WriteLine("% at least fairly satisfied (RDD: % agreeing), weighted, 95% interval; change in points, * = significant at 95%; ! = base under 50; bases under 30 not shown.");
        foreach (var programme in result.Programmes)
        {
            host.Out.WriteLine();
            host.Out.WriteLine(TerminalText.Safe(string.Create(inv, $"{programme.Programme}: {programme.InYearRespondents} respondents in-year, {programme.PreviousRespondents} in the previous 12 months")));
            host.Out.WriteLine(string.Create(inv, $"  {"measure",-22} {"domain",-20} {"in-year",-26} {"previous 12m",-26} change"));
            var rows = result.Estimates.Where(e => e.Programme == programme.Programme).ToList();
            foreach (var inYear in rows.Where(e => e.Period == ScorePeriods.InYear || e.Estimate.By is "month" or "quarter"))
            {
                var e = inYear.Estimate;
                var previous = rows.FirstOrDefault(x => x.Period == ScorePeriods.Previous && x.Estimate.Measure == e.Measure && x.Estimate.By == e.By && x.Estimate.Domain == e.Domain && !ReferenceEquals(x, inYear));
                var change = result.Changes.FirstOrDefault(c => ReferenceEquals(c.InYear, inYear));
                var domain = e.By is null ? "force" : $"{e.By}={e.Domain}";
                var changeText = change is null ? "-" : string.Create(inv, $"{change.Difference.Difference * 100:+0.0;-0.0;0.0}{(change.Significant ? "*" : string.Empty)}");
                host.Out.WriteLine(TerminalText.Safe(string.Create(inv, $"  {e.Measure,-22} {domain,-20} {Figure(inYear),-26} {(e.By is "month" or "quarter" ? string.Empty : Figure(previous)),-26} {changeText}")));
            }
        }
    }

    /// <summary>"78.6% (74.1-82.5) n=312", "! " prefix under 50, suppressed under 30.</summary>
    internal static string Figure(ScoreEstimate? s)
    {
        if (s is null || s.Estimate.N == 0)
        {
            return "no base";
        }

        var e = s.Estimate;
        var inv = CultureInfo.InvariantCulture;
        if (e.N < 30)
        {
            return string.Create(inv, $"suppressed n={e.N}");
        }

        var ci = e.Ci[0].Value;
        var interval = ci.IsDefined ? string.Create(inv, $"({ci.Lower * 100:0.0}-{ci.Upper * 100:0.0})") : "(-)";
        return string.Create(inv, $"{(e.N < 50 ? "!" : string.Empty)}{e.Proportion * 100:0.0}% {interval} n={e.N}");
    }
}
