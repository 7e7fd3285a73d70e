using System.Text;
using System.Text.Json;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;
using static Satisfaction.Application.Statistics.JsonFields;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// JSON and CSV output of the statistics use cases (keys as the reference files); NaN (undefined) is written
/// as null / an empty cell. CSV goes through <see cref="CsvText"/>.
/// </summary>
public static class StatsOutput
{
    private static readonly string[] PlainHeader = ["n", "n_yes", "proportion"];

    private static readonly string[] NumericHeader =
        ["measure", "statistic", "denominator", "by", "domain", "n", "sum_weights", "estimate", "se", "var", "deff", "degf",
         "ci_normal_lower", "ci_normal_upper", "ci_t_lower", "ci_t_upper", "ci_level", "scale", "method"];

    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>The estimate blocks as a JSON array (keys as the reference files, plus "method").</summary>
    public static void WriteEstimatesJson(TextWriter writer, IReadOnlyList<ProportionEstimate> blocks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(blocks);
        Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var block in blocks)
            {
                WriteBlock(json, block);
            }

            json.WriteEndArray();
        });
    }

    /// <summary>One estimate block as a JSON object.</summary>
    public static void WriteBlock(Utf8JsonWriter json, ProportionEstimate block)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(block);
        json.WriteStartObject();
        json.WriteString("measure", block.Measure);
        json.WriteString("by", block.By);
        json.WriteString("domain", block.Domain);
        json.WriteNumber("n", block.N);
        json.WriteNumber("n_yes", block.NYes);
        Number(json, "sum_weights", block.SumWeights);
        Number(json, "unweighted_proportion", block.UnweightedProportion);
        Number(json, "proportion", block.Proportion);
        Number(json, "se", block.Se);
        Number(json, "var", block.Var);
        Number(json, "deff", block.Deff);
        Number(json, "deff_replace", block.DeffReplace);
        json.WriteNumber("degf", block.Degf);
        WriteCi(json, block.Ci);
        Number(json, "ci_level", block.CiLevel);
        json.WriteString("method", block.Method);
        json.WriteEndObject();
    }

    /// <summary>The estimate blocks as CSV, one row per block, CI bounds as ci_METHOD_lower / _upper columns.</summary>
    public static void WriteEstimatesCsv(TextWriter writer, IReadOnlyList<ProportionEstimate> blocks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(blocks);
        var methods = blocks.Count == 0 ? [] : blocks[0].Ci.Select(kv => kv.Key).ToList();
        var header = new List<string> { "measure", "by", "domain", "n", "n_yes", "sum_weights", "unweighted_proportion", "proportion", "se", "var", "deff", "deff_replace", "degf" };
        foreach (var m in methods)
        {
            header.Add($"ci_{m}_lower");
            header.Add($"ci_{m}_upper");
        }

        header.Add("ci_level");
        header.Add("method");
        CsvText.WriteRaw(writer, header);
        foreach (var b in blocks)
        {
            var cells = new List<string>
            {
                Text(b.Measure), Text(b.By), Text(b.Domain), Int(b.N), Int(b.NYes), Num(b.SumWeights), Num(b.UnweightedProportion),
                Num(b.Proportion), Num(b.Se), Num(b.Var), Num(b.Deff), Num(b.DeffReplace), Int(b.Degf),
            };
            foreach (var (_, ci) in b.Ci)
            {
                cells.Add(Num(ci.Lower));
                cells.Add(Num(ci.Upper));
            }

            cells.Add(Num(b.CiLevel));
            cells.Add(Text(b.Method));
            CsvText.WriteRaw(writer, cells);
        }
    }

    /// <summary>
    /// Means, totals or ratios as JSON (an array of objects: measure, statistic, denominator, by, domain, n,
    /// sum_weights, estimate, se, var, deff, degf, ci.normal = R's confint, ci.t = confint on the design df,
    /// ci_level, scale, method) or CSV (one row each, the same keys).
    /// </summary>
    public static void WriteNumeric(TextWriter writer, IReadOnlyList<NumericEstimate> estimates, string format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(estimates);
        if (format == "csv")
        {
            CsvText.WriteRaw(writer, NumericHeader);
            foreach (var e in estimates)
            {
                CsvText.WriteRaw(writer, [
                    Text(e.Measure), Text(StatisticName(e.Statistic)), Text(e.Denominator), Text(e.By), Text(e.Domain), Int(e.N), Num(e.SumWeights),
                    Num(e.Estimate), Num(e.Se), Num(e.Var), Num(e.Deff), Int(e.Degf), Num(e.Normal.Lower), Num(e.Normal.Upper), Num(e.T.Lower), Num(e.T.Upper),
                    Num(e.Level), Num(e.Scale), Text(e.Method)]);
            }

            return;
        }

        Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var e in estimates)
            {
                json.WriteStartObject();
                json.WriteString("measure", e.Measure);
                json.WriteString("statistic", StatisticName(e.Statistic));
                json.WriteString("denominator", e.Denominator);
                json.WriteString("by", e.By);
                json.WriteString("domain", e.Domain);
                json.WriteNumber("n", e.N);
                Number(json, "sum_weights", e.SumWeights);
                Number(json, "estimate", e.Estimate);
                Number(json, "se", e.Se);
                Number(json, "var", e.Var);
                Number(json, "deff", e.Deff);
                json.WriteNumber("degf", e.Degf);
                WriteCi(json, [new("normal", e.Normal), new("t", e.T)]);
                Number(json, "ci_level", e.Level);
                Number(json, "scale", e.Scale);
                json.WriteString("method", e.Method);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>The output name of a statistic.</summary>
    public static string StatisticName(NumericStatistic statistic) => statistic.ToString().ToLowerInvariant();

    /// <summary>A plain proportion x / n with its intervals as one JSON object.</summary>
    public static void WritePlainJson(TextWriter writer, long x, long n, IReadOnlyList<KeyValuePair<string, CiBounds>> ci, double level)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ci);
        var p = (double)x / n;
        Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("n", n);
            json.WriteNumber("n_yes", x);
            Number(json, "unweighted_proportion", p);
            Number(json, "proportion", p);
            Number(json, "se", Math.Sqrt(p * (1 - p) / n));
            Number(json, "var", p * (1 - p) / n);
            WriteCi(json, ci);
            Number(json, "ci_level", level);
            json.WriteString("method", "plain binomial proportion (simple random sample)");
            json.WriteEndObject();
        });
    }

    /// <summary>A plain proportion as CSV.</summary>
    public static void WritePlainCsv(TextWriter writer, long x, long n, IReadOnlyList<KeyValuePair<string, CiBounds>> ci, double level)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ci);
        CsvText.WriteRaw(writer, PlainHeader.Concat(ci.SelectMany(kv => new[] { $"ci_{kv.Key}_lower", $"ci_{kv.Key}_upper" })).Append("ci_level"));
        CsvText.WriteRaw(writer, new[] { Int(n), Int(x), Num((double)x / n) }.Concat(ci.SelectMany(kv => new[] { Num(kv.Value.Lower), Num(kv.Value.Upper) })).Append(Num(level)));
    }

    /// <summary>A two-group comparison as a JSON object: both blocks, the difference, its interval and tests.</summary>
    public static void WriteComparisonJson(TextWriter writer, StatsComparison c)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(c);
        Write(writer, json => Comparison(json, c));
    }

    /// <summary>Several comparisons (one per measure) as a JSON array of the objects <see cref="WriteComparisonJson"/> writes.</summary>
    public static void WriteComparisonsJson(TextWriter writer, IReadOnlyList<StatsComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparisons);
        Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var c in comparisons)
            {
                Comparison(json, c);
            }

            json.WriteEndArray();
        });
    }

    private static void Comparison(Utf8JsonWriter json, StatsComparison c)
    {
        var d = c.Difference;
        var ci = d.ConfidenceInterval(c.Level);
        {
            json.WriteStartObject();
            json.WriteString("measure", c.A.Measure);
            json.WriteString("by", c.A.By);
            Side(json, "a", c.A);
            Side(json, "b", c.B);
            Number(json, "difference", d.Difference);
            Number(json, "se_difference", d.SeDifference);
            WriteCi(json, [new KeyValuePair<string, CiBounds>("difference", ci)]);
            Number(json, "ci_level", c.Level);
            json.WriteBoolean("significant", d.IsSignificant(c.Level));
            Number(json, "cov_between", d.Covariance);
            Number(json, "z", d.Z);
            Number(json, "p_value_normal", d.PValueNormal);
            json.WriteStartObject("svyglm");
            Number(json, "estimate", d.Difference);
            Number(json, "se", d.SeDifference);
            Number(json, "t", d.Z);
            json.WriteNumber("df", d.SvyglmDf);
            Number(json, "p_value", d.SvyglmPValue);
            json.WriteEndObject();
            json.WriteString("method", c.Method);
            json.WriteEndObject();
        }
    }

    /// <summary>A two-group comparison as CSV (one row).</summary>
    public static void WriteComparisonCsv(TextWriter writer, StatsComparison c) => WriteComparisonsCsv(writer, [c]);

    /// <summary>Comparisons as CSV: the header, then one row per comparison (measure).</summary>
    public static void WriteComparisonsCsv(TextWriter writer, IReadOnlyList<StatsComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparisons);
        for (var k = 0; k < comparisons.Count; k++)
        {
            ComparisonRow(writer, comparisons[k], header: k == 0);
        }
    }

    private static void ComparisonRow(TextWriter writer, StatsComparison c, bool header)
    {
        var d = c.Difference;
        var ci = d.ConfidenceInterval(c.Level);
        var (a, b) = (c.A, c.B);
        if (header)
        {
            CsvText.WriteRaw(writer, ["measure,by,a,n_a,n_yes_a,proportion_a,se_a,ci_logit_lower_a,ci_logit_upper_a,b,n_b,n_yes_b,proportion_b,se_b,ci_logit_lower_b,ci_logit_upper_b,"
            + "difference,se_difference,ci_difference_lower,ci_difference_upper,ci_level,significant,cov_between,z,p_value_normal,svyglm_df,svyglm_p_value,method"]);
        }

        CsvText.WriteRaw(writer, [
            Text(a.Measure), Text(a.By),
            Text(a.Domain), Int(a.N), Int(a.NYes), Num(a.Proportion), Num(a.Se), Num(a.Ci[0].Value.Lower), Num(a.Ci[0].Value.Upper),
            Text(b.Domain), Int(b.N), Int(b.NYes), Num(b.Proportion), Num(b.Se), Num(b.Ci[0].Value.Lower), Num(b.Ci[0].Value.Upper),
            Num(d.Difference), Num(d.SeDifference), Num(ci.Lower), Num(ci.Upper), Num(c.Level), d.IsSignificant(c.Level) ? "true" : "false",
            Num(d.Covariance), Num(d.Z), Num(d.PValueNormal), Int(d.SvyglmDf), Num(d.SvyglmPValue), Text(c.Method)]);
    }

    /// <summary>The replicate estimates as a JSON array, one object per measure, with the method, scale and seed.</summary>
    public static void WriteReplicateEstimatesJson(TextWriter writer, ReplicateRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (estimates, set, method, seed) = (run.Estimates, run.Set, run.Method, run.Seed);
        Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var e in estimates)
            {
                json.WriteStartObject();
                json.WriteString("measure", e.Measure);
                json.WriteNumber("n", e.N);
                json.WriteNumber("n_yes", e.NYes);
                Number(json, "sum_weights", e.SumWeights);
                Number(json, "unweighted_proportion", e.UnweightedProportion);
                Number(json, "proportion", e.Proportion);
                Number(json, "se", e.Se);
                Number(json, "var", e.Se * e.Se);
                json.WriteString("replicate_method", ReplicateMethodNames.Name(method));
                json.WriteNumber("replicates", set.ReplicateCount);
                Number(json, "scale", set.Scale);
                if (seed is null)
                {
                    json.WriteNull("seed");
                }
                else
                {
                    json.WriteNumber("seed", seed.Value);
                }

                json.WriteString("method", e.Method);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static void Side(Utf8JsonWriter json, string key, ProportionEstimate e)
    {
        json.WriteStartObject(key);
        json.WriteString("value", e.Domain);
        json.WriteNumber("n", e.N);
        json.WriteNumber("n_yes", e.NYes);
        Number(json, "sum_weights", e.SumWeights);
        Number(json, "proportion", e.Proportion);
        Number(json, "se", e.Se);
        json.WriteNumber("degf", e.Degf);
        WriteCi(json, e.Ci);
        Number(json, "ci_level", e.CiLevel);
        json.WriteEndObject();
    }

    private static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Num(double value) => CsvText.Number(value);

    private static string Int(long value) => CsvText.Whole(value);

    private static string Text(string? value) => CsvText.Quoted(value);
}
