using System.Text.Json;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

/// <summary>One reference dataset (rdd_confidence or calibration) copied from the R reference kit.</summary>
public sealed class RefDataset
{
    private static readonly string[] MarginNames = ["age_band", "sex", "district"];

    private RefDataset(string folder)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Data", "refs", folder);
        var marginLines = File.ReadAllLines(Path.Combine(dir, "margins.csv")).Skip(1).Select(SplitCsv).ToList();
        var rows = File.ReadAllLines(Path.Combine(dir, "respondents.csv")).Select(SplitCsv).ToList();
        var header = rows[0];
        rows = rows.Skip(1).Where(r => r.Length > 1).ToList();
        int Col(string name) => Array.IndexOf(header, name);
        BaseWeights = rows.Select(r => double.Parse(r[Col("base_weight")], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        ConfidenceCode = rows.Select(r => int.Parse(r[Col("confidence_code")], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Margins = MarginNames.Select(name =>
        {
            var levels = marginLines.Where(l => l[0] == name).ToList();
            var names = levels.Select(l => l[1]).ToList();
            var totals = levels.Select(l => double.Parse(l[2], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var codes = rows.Select(r => names.IndexOf(r[Col(name)])).ToArray();
            return new WeightingMargin(name, codes, totals, names);
        }).ToList();
        Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json"))).RootElement;
    }

    public static RefDataset Rdd { get; } = new("rdd_confidence");

    public static RefDataset Calibration { get; } = new("calibration");

    public double[] BaseWeights { get; }

    public int[] ConfidenceCode { get; }

    public IReadOnlyList<WeightingMargin> Margins { get; }

    public JsonElement Expected { get; }

    public JsonElement At(string path)
    {
        var e = Expected;
        foreach (var part in path.Split('.'))
        {
            e = e.GetProperty(part);
        }

        return e;
    }

    public static double[] Doubles(JsonElement e) => e.EnumerateArray().Select(x => x.GetDouble()).ToArray();

    public static void AssertRelative(double expected, double actual, double tolerance, string what = "")
    {
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(
            Math.Abs(expected - actual) <= tolerance * scale,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(expected - actual) / scale:E2})");
    }

    public static void AssertAllRelative(double[] expected, IReadOnlyList<double> actual, double tolerance, string what = "")
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            AssertRelative(expected[i], actual[i], tolerance, $"{what}[{i}]");
        }
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var cur = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(cur.ToString());
                cur.Clear();
            }
            else
            {
                cur.Append(ch);
            }
        }

        fields.Add(cur.ToString());
        return fields.ToArray();
    }
}
