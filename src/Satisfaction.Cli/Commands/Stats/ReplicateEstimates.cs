using System.Globalization;
using System.Text;
using System.Text.Json;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;
using Satisfaction.Core.Text;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Output of <c>stats replicates</c>: the weighted CSV with replicate columns and the estimates.</summary>
internal static class ReplicateEstimates
{
    /// <summary>Prefix of the replicate weight columns (rep_1..rep_R).</summary>
    public const string ReplicatePrefix = "rep_";

    /// <summary>% satisfied of every measure with full-sample weights and its replicate SE (R's mse = FALSE).</summary>
    public static IReadOnlyList<ReplicateEstimate> Compute(CsvTable data, ReplicateWeightSet set, string measures, MeasureRule rule, string method)
    {
        var result = new List<ReplicateEstimate>();
        foreach (var measure in measures.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var indicator = ProportionEstimator.Indicators(data.Doubles(measure, allowMissing: true), rule);
            var n = indicator.Count(v => !double.IsNaN(v));
            if (n == 0)
            {
                throw InvalidInputException.At(data.FileName, null, measure, $"no row has a valid code ({rule.ValidCodes.Count} valid codes); there is nothing to estimate.");
            }

            var nYes = indicator.Count(v => v == 1);
            var full = set.FullSampleWeights;
            var (sumWeights, proportion) = Proportion(full, indicator);
            var variance = set.Variance(w => Proportion(w, indicator).Value);
            result.Add(new ReplicateEstimate(measure, n, nYes, sumWeights, (double)nYes / n, proportion, Math.Sqrt(variance), "replicate variance: " + method));
        }

        return result;
    }

    /// <summary>Writes the rows plus <c>weight</c> (full sample) and <c>rep_1..rep_R</c>, atomically or to stdout.</summary>
    public static void WriteReplicateCsv(CliHost host, CsvTable data, ReplicateWeightSet set, string? outPath)
    {
        var replace = data.HasColumn(WeightingFiles.WeightColumn) ? data.ColumnIndex(WeightingFiles.WeightColumn) : -1;
        for (var r = 1; r <= set.ReplicateCount; r++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{ReplicatePrefix}{r}");
            if (data.HasColumn(name))
            {
                throw InvalidInputException.At(data.FileName, 1, name, "the input already has a replicate weight column of this name; drop the old rep_ columns first.");
            }
        }

        var full = set.FullSampleWeights.ToArray();
        AtomicFile.WriteOrPrint(outPath is null ? null : host.ResolvePath(outPath), host.Out, writer =>
        {
            var headers = new List<string>(data.Headers);
            if (replace < 0)
            {
                headers.Add(WeightingFiles.WeightColumn);
            }

            for (var r = 1; r <= set.ReplicateCount; r++)
            {
                headers.Add(string.Create(CultureInfo.InvariantCulture, $"{ReplicatePrefix}{r}"));
            }

            writer.Write(string.Join(',', headers.Select(CsvRecordReader.Escape)));
            writer.Write('\n');
            var line = new StringBuilder();
            for (var i = 0; i < data.RowCount; i++)
            {
                line.Clear();
                for (var c = 0; c < data.Headers.Count; c++)
                {
                    if (c > 0)
                    {
                        line.Append(',');
                    }

                    line.Append(c == replace ? WeightingFiles.Format(full[i]) : CsvRecordReader.Escape(data.Cell(i, c)));
                }

                if (replace < 0)
                {
                    line.Append(',').Append(WeightingFiles.Format(full[i]));
                }

                for (var r = 0; r < set.ReplicateCount; r++)
                {
                    line.Append(',').Append(WeightingFiles.Format(set.Replicate(r)[i]));
                }

                line.Append('\n');
                writer.Write(line);
            }
        });
    }

    /// <summary>The estimates as a JSON array, one object per measure.</summary>
    public static void WriteJson(TextWriter writer, IReadOnlyList<ReplicateEstimate> estimates, ReplicateWeightSet set, ReplicateMethod method, long? seed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
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
                json.WriteString("replicate_method", method switch
                {
                    ReplicateMethod.Jackknife1 => "jk1",
                    ReplicateMethod.JackknifeStratified => "jkn",
                    _ => "bootstrap",
                });
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
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static (double SumWeights, double Value) Proportion(ReadOnlySpan<double> weights, double[] indicator)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsNaN(indicator[i]))
            {
                sw += weights[i];
                swy += weights[i] * indicator[i];
            }
        }

        return (sw, swy / sw);
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
