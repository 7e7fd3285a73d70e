using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Application.Scores;
using Satisfaction.Core;
using Satisfaction.Core.Rates;
using Satisfaction.Data;
using Satisfaction.Reporting.Charts;

namespace Satisfaction.Reporting.Report;

/// <summary>
/// <c>satisfaction report</c>: a self-contained <c>report.html</c> (charts as inline SVG, no network) with the
/// scores' tables (n, %, interval, change, significance), a methods and caveats section (weighting, variance
/// method, response rates, small bases: under 50 flagged, under 30 suppressed), and the same tables as
/// <c>report-tables.csv</c>. Every figure is the scores' figure (<see cref="ScoresService"/>), only rounded for the page.
/// </summary>
public sealed class ReportService(ScoresService scores, SatisfactionDbContext db, Application.Forces.ForceScope? force = null)
{
    private readonly Application.Forces.ForceScope _force = force ?? new Application.Forces.ForceScope(db, (string?)null);

    /// <summary>The CSV header of the report's tables.</summary>
    public const string CsvHeader = "programme,measure,measure_title,by,domain,n,proportion,ci_lower,ci_upper,n_previous,proportion_previous,difference,difference_ci_lower,difference_ci_upper,p_value,significant,base_flag";

    /// <summary>Builds the report of <paramref name="asOf"/> in <paramref name="folder"/> (created when missing), without an MSG comparison.</summary>
    /// <exception cref="InvalidInputException">No respondents in either period.</exception>
    public Task<ReportOutcome> BuildAsync(DateOnly asOf, string folder, CancellationToken cancellationToken) =>
        BuildAsync(asOf, folder, null, cancellationToken);

    /// <summary>
    /// Builds the report of <paramref name="asOf"/> in <paramref name="folder"/>; with <paramref name="peers"/>, also the
    /// MSG comparison (a chart per measure, the force highlighted, and its ranks) from the peer file's figures for the
    /// same 12 months.
    /// </summary>
    /// <exception cref="InvalidInputException">No respondents in either period; a peer file that cannot be used (nothing is written).</exception>
    public async Task<ReportOutcome> BuildAsync(DateOnly asOf, string folder, ReportPeers? peers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var result = await scores.RunAsync(new ScoreRequest(asOf), cancellationToken).ConfigureAwait(false);
        if (result.Programmes.Count == 0)
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"no interviews dated {result.Periods.PreviousStart:yyyy-MM-dd} to {asOf:yyyy-MM-dd} in the store: there is nothing to report."));
        }

        var msg = peers is null ? null : await MsgComparisonData.LoadAsync(peers, result, db, cancellationToken).ConfigureAwait(false);

        var monthly = new Dictionary<string, ScoreResult>(StringComparer.Ordinal);
        foreach (var p in result.Programmes)
        {
            monthly[p.Programme] = await scores.RunAsync(new ScoreRequest(asOf, p.Programme, ScoreBreakdown.Month), cancellationToken).ConfigureAwait(false);
        }

        var rates = await ResponseRatesAsync(result.Periods, cancellationToken).ConfigureAwait(false);
        var rows = Rows(result);
        Directory.CreateDirectory(folder);
        var html = Path.Combine(folder, "report.html");
        var csv = Path.Combine(folder, "report-tables.csv");
        WriteAtomically(csv, Csv(rows));
        WriteAtomically(html, Html(result, rows, monthly, rates, msg));
        return new ReportOutcome(html, csv, Headline(result, rows), rows.Count);
    }

    /// <summary>The table rows: per programme, measure and domain, in the scores' order.</summary>
    public static IReadOnlyList<ReportRow> Rows(ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<ReportRow>();
        foreach (var p in result.Programmes)
        {
            var titles = p.MeasureTitles.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            var own = result.Estimates.Where(e => e.Programme == p.Programme).ToList();
            foreach (var inYear in own.Where(e => e.Period == ScorePeriods.InYear))
            {
                var e = inYear.Estimate;
                var previous = own.FirstOrDefault(x => x.Period == ScorePeriods.Previous && x.Estimate.Measure == e.Measure && x.Estimate.By == e.By && x.Estimate.Domain == e.Domain);
                var change = result.Changes.FirstOrDefault(c => ReferenceEquals(c.InYear, inYear));
                rows.Add(new ReportRow(p.Programme, titles.GetValueOrDefault(e.Measure, e.Measure), inYear, previous, change));
            }
        }

        return rows;
    }

    private static string? Headline(ScoreResult result, IReadOnlyList<ReportRow> rows)
    {
        var whole = rows.FirstOrDefault(r => r.Programme == "uss" && r.InYear.Estimate.Measure == "whole_experience" && r.InYear.Estimate.By is null)
            ?? rows.FirstOrDefault(r => r.InYear.Estimate.By is null && r.Shown);
        if (whole is null || !whole.Shown)
        {
            return null;
        }

        var e = whole.InYear.Estimate;
        var ci = e.Ci[0].Value;
        var inv = CultureInfo.InvariantCulture;
        var text = string.Create(inv, $"{whole.MeasureTitle} ({whole.Programme}), 12 months to {result.Periods.AsOf:d MMM yyyy}: {Pct(e.Proportion)}% satisfied (95% CI {Pct(ci.Lower)}-{Pct(ci.Upper)}%, n = {e.N})");
        if (whole.ChangeShown)
        {
            var c = whole.Change!;
            text += string.Create(inv, $"; change from the previous 12 months {Points(c.Difference.Difference)} points ({(c.Significant ? "significant" : "not significant")} at 95%, p = {c.Difference.SvyglmPValue:0.000})");
        }

        return text + ".";
    }

    private async Task<IReadOnlyList<(string Programme, int Closed, OutcomeRateSet? Rates)>> ResponseRatesAsync(ScorePeriods periods, CancellationToken cancellationToken)
    {
        var forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        var victims = await db.SampledCases.AsNoTracking().Where(c => c.ForceId == forceId)
            .Join(db.SampleDraws.AsNoTracking(), c => c.SampleDrawId, d => d.Id, (c, d) => new { c, d })
            .Join(db.SurveyProgrammes.AsNoTracking(), x => x.c.SurveyProgrammeId, p => p.Id, (x, p) => new { x.c, x.d, p.Code })
            .Where(x => x.d.AsOf >= periods.InYearStart && x.d.AsOf <= periods.InYearEnd && x.c.FinalDisposition != null)
            .Select(x => new { x.Code, Disposition = x.c.FinalDisposition! })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<(string, int, OutcomeRateSet?)>();
        foreach (var g in victims.GroupBy(v => v.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            OutcomeRateSet? set = null;
            try
            {
                set = OutcomeRates.Compute(DispositionTotals.FromCodes(g.Select(v => v.Disposition)));
            }
            catch (InvalidInputException)
            {
                // A code that is not an AAPOR disposition: the report says the rates are not available.
            }

            result.Add((g.Key, g.Count(), set));
        }

        return result;
    }

    private static string Csv(IReadOnlyList<ReportRow> rows)
    {
        var text = new StringBuilder(CsvHeader).Append('\n');
        foreach (var r in rows)
        {
            var e = r.InYear.Estimate;
            var ci = e.Ci[0].Value;
            var p = r.Previous?.Estimate;
            var d = r.ChangeShown ? r.Change : null;
            string[] cells =
            [
                r.Programme, e.Measure, Quote(r.MeasureTitle), e.By ?? string.Empty, Quote(e.Domain ?? string.Empty), Whole(e.N),
                r.Shown ? Num(e.Proportion) : string.Empty, r.Shown ? Num(ci.Lower) : string.Empty, r.Shown ? Num(ci.Upper) : string.Empty,
                p is null ? string.Empty : Whole(p.N), r.PreviousShown ? Num(p!.Proportion) : string.Empty,
                d is null ? string.Empty : Num(d.Difference.Difference), d is null ? string.Empty : Num(d.Interval.Lower), d is null ? string.Empty : Num(d.Interval.Upper),
                d is null ? string.Empty : Num(d.Difference.SvyglmPValue), d is null ? string.Empty : d.Significant ? "true" : "false", Flag(e.N),
            ];
            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }

    private static string Html(ScoreResult result, IReadOnlyList<ReportRow> rows, Dictionary<string, ScoreResult> monthly, IReadOnlyList<(string Programme, int Closed, OutcomeRateSet? Rates)> rates, MsgComparisonData? msg)
    {
        var inv = CultureInfo.InvariantCulture;
        var p = result.Periods;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Satisfaction report ")
            .Append(p.AsOf.ToString("yyyy-MM-dd", inv)).Append("</title>\n<style>\n")
            .Append("body{font-family:Arial,Helvetica,sans-serif;max-width:1050px;margin:2em auto;color:#111}table{border-collapse:collapse;margin:1em 0;font-size:0.9em}")
            .Append("th,td{border:1px solid #bbb;padding:3px 7px;text-align:right}th{background:#eee}td.l,th.l{text-align:left}.sig{font-weight:bold}.flag{color:#a60}.sup{color:#888}figure{margin:1em 0}svg{max-width:100%;height:auto}\n")
            .Append("</style>\n</head>\n<body>\n");
        html.Append(string.Create(inv, $"<h1>Victim satisfaction and public confidence: 12 months to {p.AsOf:d MMMM yyyy}</h1>\n"));
        html.Append(string.Create(inv, $"<p>In-year: {p.InYearStart:d MMM yyyy} to {p.InYearEnd:d MMM yyyy}. Previous 12 months: {p.PreviousStart:d MMM yyyy} to {p.PreviousEnd:d MMM yyyy}. Periods are by interview date.</p>\n"));
        if (Headline(result, rows) is { } headline)
        {
            html.Append("<p><strong>").Append(Enc(headline)).Append("</strong></p>\n");
        }

        foreach (var programme in result.Programmes)
        {
            var own = rows.Where(r => r.Programme == programme.Programme).ToList();
            html.Append("<h2>").Append(Enc(programme.Programme)).Append(string.Create(inv, $"</h2>\n<p>{programme.InYearRespondents} respondents in-year, {programme.PreviousRespondents} in the previous 12 months.</p>\n"));
            var force = own.Where(r => r.InYear.Estimate.By is null && r.Shown).ToList();
            if (force.Count > 0)
            {
                var points = force.Select(r => Point(r.MeasureTitle, r.InYear.Estimate)).ToList();
                Figure(html, Charts.Charts.Measures(points, string.Create(inv, $"{programme.Programme}: force, 12 months to {p.AsOf:d MMM yyyy}")), "The measures for the force in-year with 95% intervals.");
            }

            var seriesMeasure = programme.MeasureTitles.Any(kv => kv.Key == "whole_experience") ? "whole_experience"
                : programme.MeasureTitles.Count > 0 ? programme.MeasureTitles[0].Key : string.Empty;
            var series = monthly[programme.Programme].Estimates
                .Where(e => e.Estimate.Measure == seriesMeasure && e.Estimate.By == "month" && e.Estimate.N >= ReportRow.SuppressBelow)
                .OrderBy(e => e.Estimate.Domain, StringComparer.Ordinal)
                .Select(e => Point(e.Estimate.Domain!, e.Estimate)).ToList();
            if (series.Count > 0)
            {
                Figure(html, Charts.Charts.Series(series, $"{programme.Programme}: {seriesMeasure}, force, by month"), "Monthly figures with their 95% interval band (months with a base under 30 left out).");
            }

            html.Append("<table>\n<tr><th class=\"l\">measure</th><th class=\"l\">domain</th><th>n</th><th>in-year %</th><th>95% interval</th><th>n previous</th><th>previous %</th><th>change (points)</th><th>95% interval of change</th></tr>\n");
            foreach (var r in own)
            {
                var e = r.InYear.Estimate;
                var ci = e.Ci[0].Value;
                var domain = e.By is null ? "force" : $"{e.By}: {e.Domain}";
                html.Append("<tr><td class=\"l\">").Append(Enc(r.MeasureTitle)).Append("</td><td class=\"l\">").Append(Enc(domain)).Append("</td><td>")
                    .Append(Whole(e.N)).Append(e.N < ReportRow.FlagBelow && e.N >= ReportRow.SuppressBelow ? "<span class=\"flag\">!</span>" : string.Empty).Append("</td>");
                if (r.Shown)
                {
                    html.Append("<td>").Append(Pct(e.Proportion)).Append("</td><td>").Append(Interval(ci.Lower, ci.Upper)).Append("</td>");
                }
                else
                {
                    html.Append("<td class=\"sup\" colspan=\"2\">").Append(e.N == 0 ? "no base" : "suppressed (n &lt; 30)").Append("</td>");
                }

                var prev = r.Previous?.Estimate;
                html.Append("<td>").Append(prev is null ? "-" : Whole(prev.N)).Append("</td><td>").Append(r.PreviousShown ? Pct(prev!.Proportion) : "<span class=\"sup\">-</span>").Append("</td>");
                if (r.ChangeShown)
                {
                    var c = r.Change!;
                    html.Append("<td").Append(c.Significant ? " class=\"sig\">" : ">").Append(Points(c.Difference.Difference)).Append(c.Significant ? "*" : string.Empty)
                        .Append("</td><td>").Append(Interval(c.Interval.Lower, c.Interval.Upper)).Append("</td>");
                }
                else
                {
                    html.Append("<td>-</td><td>-</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        if (msg is not null)
        {
            MsgSection(html, msg, p);
        }

        html.Append("<h2>Methods and caveats</h2>\n<ul>\n");
        html.Append("<li>Figures are weighted percentages at least fairly satisfied (codes 1-3 of 1-7; RDD: strongly or tend to agree, codes 1-2 of 1-5); don't know, not applicable and refused answers are left out of the base. n is the unweighted base.</li>\n");
        foreach (var programme in result.Programmes)
        {
            html.Append("<li><strong>").Append(Enc(programme.Programme)).Append("</strong>: weighting: ").Append(Enc(programme.Weighting))
                .Append(". Variance: ").Append(Enc(programme.Variance)).Append("; intervals: logit (svyciprop) on the design degrees of freedom.</li>\n");
        }

        html.Append("<li>Change: in-year minus the previous 12 months in percentage points, its standard error including the design covariance between the periods; * marks a change significant at 95% (svyglm t test, design df).</li>\n");
        html.Append(string.Create(inv, $"<li>Small bases: a base under {ReportRow.FlagBelow} is flagged <span class=\"flag\">!</span> and should be read with caution; under {ReportRow.SuppressBelow} the figure is suppressed.</li>\n"));
        foreach (var (programme, closed, set) in rates)
        {
            html.Append("<li>Response rates, ").Append(Enc(programme)).Append(string.Create(inv, $" (cases of the in-year draws with a final disposition, {closed} cases): "));
            html.Append(set is null ? "not available (a final disposition is not an AAPOR code)." : string.Create(inv, $"AAPOR RR1 {Rate(set.RR1)}, RR3 {Rate(set.RR3)} (e: {set.EBasis}), COOP1 {Rate(set.COOP1)}, REF1 {Rate(set.REF1)}, CON1 {Rate(set.CON1)}."));
            html.Append("</li>\n");
        }

        if (rates.Count == 0)
        {
            html.Append("<li>Response rates: no case of the in-year draws has a final disposition yet.</li>\n");
        }

        foreach (var warning in result.Warnings)
        {
            html.Append("<li>").Append(Enc(warning)).Append("</li>\n");
        }

        if (msg is null)
        {
            html.Append("<li>MSG comparison: no peer figures were given (<code>satisfaction report --peers FILE.csv</code>, or <code>satisfaction benchmark --peers FILE.csv --force NAME</code>).</li>\n");
        }
        else
        {
            var first = msg.Results[0];
            html.Append("<li>MSG comparison: the other forces' figures are the published figures in ").Append(Enc(msg.FileName))
                .Append(string.Create(inv, $" for the 12 months ending {p.AsOf:d MMM yyyy} ({msg.Figures.Select(f => f.Force.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() - 1} other forces; "))
                .Append(Enc(msg.Membership)).Append("); ")
                .Append(Enc(msg.Force)).Append("'s own figures are this report's in-year ").Append(Enc(msg.Programme)).Append(" figures from the store. MSG average: ")
                .Append(Enc(first.MsgAverageMethod)).Append(". Standard errors: ").Append(Enc(first.SeMethod)).Append("; the difference is tested two-sided at 95%.</li>\n");
        }

        html.Append("</ul>\n<p>The tables are also in report-tables.csv beside this file.</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void MsgSection(StringBuilder html, MsgComparisonData msg, ScorePeriods p)
    {
        var inv = CultureInfo.InvariantCulture;
        html.Append("<h2 id=\"msg\">Most similar group (MSG) comparison</h2>\n");
        html.Append("<table class=\"msg\">\n<tr><th class=\"l\">measure</th><th>").Append(Enc(msg.Force)).Append(" %</th><th>n</th><th>MSG average %</th><th>difference (points)</th><th>p</th><th>rank in MSG</th><th>rank nationally</th><th class=\"l\">best nationally</th></tr>\n");
        foreach (var r in msg.Results)
        {
            var own = msg.Figures.First(f => f.Force == msg.Force && f.Measure == r.Measure);
            html.Append("<tr><td class=\"l\">").Append(Enc(r.Measure)).Append("</td><td>").Append(r.ForcePct.ToString("0.0", inv)).Append("</td><td>").Append(Whole(own.Respondents))
                .Append("</td><td>").Append(r.MsgAverage is { } a ? a.ToString("0.0", inv) : "-")
                .Append("</td><td").Append(r.Significant == true ? " class=\"sig\">" : ">").Append(r.Difference is { } d ? d.ToString("+0.0;-0.0;0.0", inv) + (r.Significant == true ? "*" : string.Empty) : "-")
                .Append("</td><td>").Append(r.PValue is { } pv ? pv.ToString("0.000", inv) : "-")
                .Append(string.Create(inv, $"</td><td>{r.RankMsg} of {r.MsgSize}</td><td>{r.RankNational} of {r.NationalSize}</td><td class=\"l\">"))
                .Append(Enc(r.BestForce)).Append(string.Create(inv, $" {r.BestPct:0.0}")).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
        foreach (var r in msg.Results)
        {
            var points = msg.Figures
                .Where(f => f.Measure.Trim() == r.Measure && (f.InMsg || f.Force == msg.Force))
                .Select(f => new ChartPoint(f.Force.Trim(), f.SatisfiedPct, f.CiLow ?? double.NaN, f.CiHigh ?? double.NaN, f.Respondents, f.Force == msg.Force))
                .ToList();
            Figure(
                html,
                Charts.Charts.MsgComparison(points, r.MsgAverage, string.Create(inv, $"{r.Measure}, MSG, 12 months to {p.AsOf:d MMM yyyy}")),
                string.Create(inv, $"{r.Measure}: the forces of the MSG from best to worst with their published 95% intervals (none drawn where none is published), {msg.Force} highlighted; dashed line: the MSG average of the other forces."));
        }
    }

    private static ChartPoint Point(string label, Core.Statistics.ProportionEstimate e)
    {
        var ci = e.Ci[0].Value;
        return new ChartPoint(label, e.Proportion * 100, ci.IsDefined ? ci.Lower * 100 : double.NaN, ci.IsDefined ? ci.Upper * 100 : double.NaN, e.N);
    }

    private static void Figure(StringBuilder html, ChartImage chart, string caption)
    {
        var svg = chart.Svg;
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        html.Append("<figure>\n").Append(start > 0 ? svg[start..] : svg).Append("\n<figcaption>").Append(Enc(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    private static string Flag(int n) => n == 0 ? "no_base" : n < ReportRow.SuppressBelow ? "suppressed" : n < ReportRow.FlagBelow ? "caution" : string.Empty;

    private static string Pct(double p) => (p * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Points(double d) => (d * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static string Rate(double? r) => r is { } v && double.IsFinite(v) ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "undefined";

    private static string Interval(double lower, double upper) =>
        double.IsFinite(lower) && double.IsFinite(upper) ? $"{Pct(lower)} to {Pct(upper)}" : "-";

    private static string Num(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string value) => value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Enc(string value) => WebUtility.HtmlEncode(value);
}
