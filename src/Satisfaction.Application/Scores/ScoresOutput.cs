using System.Globalization;
using System.Text;
using System.Text.Json;
using Satisfaction.Application.Statistics;
using Satisfaction.Core.Statistics;
using static Satisfaction.Application.Statistics.JsonFields;

namespace Satisfaction.Application.Scores;

/// <summary>
/// JSON and CSV of the scores. JSON: an array of objects with the keys of <c>stats estimate --format json</c> plus
/// <c>programme</c>, <c>period</c>, <c>period_start</c>, <c>period_end</c>; then the changes, <c>period</c> =
/// <c>change</c>, with <c>proportion</c>/<c>proportion_previous</c>, <c>n</c>/<c>n_previous</c>, <c>difference</c>
/// (in-year minus previous, 0..1 scale), <c>se</c>, <c>ci</c> (<c>difference</c>: [lower, upper]), <c>z</c>,
/// <c>p_value</c> (svyglm t test), <c>significant</c>. Undefined numbers are null.
/// </summary>
public static class ScoresOutput
{
    /// <summary>The CSV header: one row per figure and per change.</summary>
    public const string CsvHeader = "programme,period,period_start,period_end,measure,by,domain,n,n_yes,n_previous,proportion,proportion_previous,se,ci_lower,ci_upper,ci_level,difference,p_value,significant,method";

    /// <summary>Writes the JSON array.</summary>
    public static void WriteJson(TextWriter writer, ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var e in result.Estimates)
            {
                WriteEstimate(json, e);
            }

            foreach (var c in result.Changes)
            {
                WriteChange(json, c, result.Periods);
            }

            json.WriteEndArray();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes the CSV (header and one row per figure, then per change).</summary>
    public static void WriteCsv(TextWriter writer, ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteLine(CsvHeader);
        foreach (var s in result.Estimates)
        {
            var e = s.Estimate;
            var ci = e.Ci[0].Value;
            CsvText.WriteRaw(writer, [
                CsvText.Quoted(s.Programme), s.Period, Date(s.PeriodStart), Date(s.PeriodEnd), CsvText.Quoted(e.Measure), CsvText.Quoted(e.By), CsvText.Quoted(e.Domain),
                CsvText.Whole(e.N), CsvText.Whole(e.NYes), string.Empty, CsvText.Number(e.Proportion), string.Empty, CsvText.Number(e.Se),
                CsvText.Number(ci.Lower), CsvText.Number(ci.Upper), CsvText.Number(e.CiLevel), string.Empty, string.Empty, string.Empty, CsvText.Quoted(e.Method)]);
        }

        foreach (var c in result.Changes)
        {
            var a = c.InYear.Estimate;
            var ci = c.Interval;
            CsvText.WriteRaw(writer, [
                CsvText.Quoted(c.Programme), ScorePeriods.Change, Date(result.Periods.PreviousStart), Date(result.Periods.InYearEnd), CsvText.Quoted(a.Measure), CsvText.Quoted(a.By), CsvText.Quoted(a.Domain),
                CsvText.Whole(a.N), CsvText.Whole(a.NYes), CsvText.Whole(c.Previous.Estimate.N), CsvText.Number(a.Proportion), CsvText.Number(c.Previous.Estimate.Proportion),
                CsvText.Number(c.Difference.SeDifference), CsvText.Number(ci.Lower), CsvText.Number(ci.Upper), CsvText.Number(c.Level),
                CsvText.Number(c.Difference.Difference), CsvText.Number(c.Difference.SvyglmPValue), c.Significant ? "true" : "false", CsvText.Quoted(c.Method)]);
        }
    }

    private static void WriteEstimate(Utf8JsonWriter json, ScoreEstimate s)
    {
        var b = s.Estimate;
        json.WriteStartObject();
        json.WriteString("programme", s.Programme);
        json.WriteString("period", s.Period);
        json.WriteString("period_start", Date(s.PeriodStart));
        json.WriteString("period_end", Date(s.PeriodEnd));
        json.WriteString("measure", b.Measure);
        json.WriteString("by", b.By);
        json.WriteString("domain", b.Domain);
        json.WriteNumber("n", b.N);
        json.WriteNumber("n_yes", b.NYes);
        Number(json, "sum_weights", b.N == 0 ? double.NaN : b.SumWeights);
        Number(json, "unweighted_proportion", b.UnweightedProportion);
        Number(json, "proportion", b.Proportion);
        Number(json, "se", b.Se);
        Number(json, "var", b.Var);
        Number(json, "deff", b.Deff);
        Number(json, "deff_replace", b.DeffReplace);
        json.WriteNumber("degf", b.Degf);
        WriteCi(json, b.Ci);
        Number(json, "ci_level", b.CiLevel);
        json.WriteString("method", b.Method);
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, ScoreChange c, ScorePeriods periods)
    {
        var a = c.InYear.Estimate;
        var d = c.Difference;
        json.WriteStartObject();
        json.WriteString("programme", c.Programme);
        json.WriteString("period", ScorePeriods.Change);
        json.WriteString("period_start", Date(periods.PreviousStart));
        json.WriteString("period_end", Date(periods.InYearEnd));
        json.WriteString("measure", a.Measure);
        json.WriteString("by", a.By);
        json.WriteString("domain", a.Domain);
        json.WriteNumber("n", a.N);
        json.WriteNumber("n_previous", c.Previous.Estimate.N);
        Number(json, "proportion", a.Proportion);
        Number(json, "proportion_previous", c.Previous.Estimate.Proportion);
        Number(json, "difference", d.Difference);
        Number(json, "se", d.SeDifference);
        WriteCi(json, [new KeyValuePair<string, CiBounds>("difference", c.Interval)]);
        Number(json, "ci_level", c.Level);
        Number(json, "z", d.Z);
        json.WriteNumber("degf", d.SvyglmDf);
        Number(json, "p_value", d.SvyglmPValue);
        json.WriteBoolean("significant", c.Significant);
        json.WriteString("method", c.Method);
        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
