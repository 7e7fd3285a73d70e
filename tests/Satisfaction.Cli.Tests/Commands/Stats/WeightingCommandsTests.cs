using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Commands.Stats;

public sealed class WeightingCommandsTests : IDisposable
{
    private readonly string _dir;

    public WeightingCommandsTests()
    {
        _dir = Path.Combine(Path.GetTempPath(), "satisfaction-weighting-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        foreach (var set in new[] { "rdd_confidence", "calibration" })
        {
            var source = Path.Combine(AppContext.BaseDirectory, "Data", "refs", set);
            File.Copy(Path.Combine(source, "respondents.csv"), Path.Combine(_dir, set + ".csv"));
            File.Copy(Path.Combine(source, "margins.csv"), Path.Combine(_dir, set + "_margins.csv"));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Rake_RddReference_WritesRWeightsAndSummary()
    {
        var (code, _, err) = await RunAsync("stats", "rake", "rdd_confidence.csv", "--margins", "rdd_confidence_margins.csv", "--weights", "base_weight", "--out", "raked.csv");

        Assert.Equal(0, code);
        Assert.Contains("converged=true passes=5", err, StringComparison.Ordinal);
        Assert.Contains("kish_n_eff=369.031", err, StringComparison.Ordinal);
        AssertWeights(Expected("rdd_confidence", "raked.weights"), ReadWeights("raked.csv"), 1e-6);
    }

    [Fact]
    public async Task Rake_WithoutOut_PrintsCsvToStdout()
    {
        var (code, output, _) = await RunAsync("stats", "rake", "rdd_confidence.csv", "--margins", "rdd_confidence_margins.csv", "--weights", "base_weight");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(601, lines.Length);
        Assert.EndsWith(",weight", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrimAfterRake_MatchesRTrimmedWeights()
    {
        await RunAsync("stats", "rake", "rdd_confidence.csv", "--margins", "rdd_confidence_margins.csv", "--weights", "base_weight", "--out", "raked.csv");
        var upper = ReadWeights("raked.csv").Average() * 5;

        var (code, _, err) = await RunAsync("stats", "trim", "raked.csv", "--weights", "weight", "--upper", upper.ToString("R", CultureInfo.InvariantCulture), "--out", "trimmed.csv");

        Assert.Equal(0, code);
        Assert.Contains("above_upper_before=5 above_upper_after=0", err, StringComparison.Ordinal);
        AssertWeights(Expected("rdd_confidence", "trimmed.weights"), ReadWeights("trimmed.csv"), 1e-9);
        Assert.Single(File.ReadLines(Path.Combine(_dir, "trimmed.csv")).First().Split(','), h => h == "weight");
    }

    [Theory]
    [InlineData("raking_bounded", "raking", "0.3,3")]
    [InlineData("logit_bounded", "logit", "0.3,3")]
    [InlineData("linear", "linear", null)]
    public async Task Calibrate_ReferenceVariant_MatchesRWeights(string variant, string calfun, string? bounds)
    {
        var args = new List<string> { "stats", "calibrate", "calibration.csv", "--margins", "calibration_margins.csv", "--weights", "base_weight", "--calfun", calfun, "--out", "cal.csv" };
        if (bounds is not null)
        {
            args.AddRange(["--bounds", bounds]);
        }

        var (code, _, err) = await RunAsync([.. args]);

        Assert.Equal(0, code);
        Assert.Contains("converged=true", err, StringComparison.Ordinal);
        AssertWeights(Expected("calibration", $"results.{variant}.weights"), ReadWeights("cal.csv"), 1e-6);
    }

    [Fact]
    public async Task Calibrate_InfeasibleBounds_FailsLikeRWithoutOutput()
    {
        var (code, _, err) = await RunAsync("stats", "calibrate", "calibration.csv", "--margins", "calibration_margins.csv", "--weights", "base_weight", "--bounds", "0.8,1.25", "--out", "cal.csv");

        Assert.Equal(1, code);
        Assert.Contains("Calibration failed", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "cal.csv")));
    }

    [Fact]
    public async Task Rake_UnknownMarginLevel_NamesFileLineAndColumn()
    {
        var lines = File.ReadAllLines(Path.Combine(_dir, "rdd_confidence.csv"));
        lines[3] = lines[3].Replace("\"Riverside\"", "\"Atlantis\"", StringComparison.Ordinal).Replace("\"Northgate\"", "\"Atlantis\"", StringComparison.Ordinal)
            .Replace("\"Eastvale\"", "\"Atlantis\"", StringComparison.Ordinal).Replace("\"Westmoor\"", "\"Atlantis\"", StringComparison.Ordinal)
            .Replace("\"Southbridge\"", "\"Atlantis\"", StringComparison.Ordinal).Replace("\"Hillcrest\"", "\"Atlantis\"", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(_dir, "bad.csv"), lines);

        var (code, output, err) = await RunAsync("stats", "rake", "bad.csv", "--margins", "rdd_confidence_margins.csv", "--weights", "base_weight", "--out", "raked.csv");

        Assert.Equal(1, code);
        Assert.Contains("bad.csv:4: column 'district'", err, StringComparison.Ordinal);
        Assert.Contains("'Atlantis'", err, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(File.Exists(Path.Combine(_dir, "raked.csv")));
    }

    [Fact]
    public async Task Rake_MarginTotalsDisagree_NamesTheMarginsFile()
    {
        var lines = File.ReadAllLines(Path.Combine(_dir, "rdd_confidence_margins.csv"));
        lines[7] = "\"sex\",\"female\",800000";
        File.WriteAllLines(Path.Combine(_dir, "bad_margins.csv"), lines);

        var (code, _, err) = await RunAsync("stats", "rake", "rdd_confidence.csv", "--margins", "bad_margins.csv", "--weights", "base_weight", "--out", "raked.csv");

        Assert.Equal(1, code);
        Assert.Contains("bad_margins.csv:8: column 'total'", err, StringComparison.Ordinal);
        Assert.Contains("'sex'", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "raked.csv")));
    }

    [Fact]
    public async Task Rake_WeightColumnWithText_NamesFileLineAndColumn()
    {
        var lines = File.ReadAllLines(Path.Combine(_dir, "rdd_confidence.csv"));
        lines[5] = lines[5].Replace(",2742.386029411765,", ",heavy,", StringComparison.Ordinal).Replace(",1371.1930147058824,", ",heavy,", StringComparison.Ordinal)
            .Replace(",4113.579044117647,", ",heavy,", StringComparison.Ordinal).Replace(",5484.77205882353,", ",heavy,", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(_dir, "bad.csv"), lines);

        var (code, _, err) = await RunAsync("stats", "rake", "bad.csv", "--margins", "rdd_confidence_margins.csv", "--weights", "base_weight", "--out", "raked.csv");

        Assert.Equal(1, code);
        Assert.Contains("bad.csv:6: column 'base_weight': 'heavy' is not a number.", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "raked.csv")));
    }

    [Fact]
    public async Task Rake_MissingColumn_NamesFileAndColumn()
    {
        var (code, _, err) = await RunAsync("stats", "rake", "rdd_confidence.csv", "--margins", "rdd_confidence_margins.csv", "--weights", "design_weight", "--out", "raked.csv");

        Assert.Equal(1, code);
        Assert.Contains("rdd_confidence.csv:1: column 'design_weight': no such column", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "raked.csv")));
    }

    [Fact]
    public async Task Trim_WithoutUpper_IsAUsageError()
    {
        var (code, _, err) = await RunAsync("stats", "trim", "rdd_confidence.csv", "--weights", "base_weight");

        Assert.Equal(1, code);
        Assert.Contains("--upper", err, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var host = new CliHost(output, error, TimeProvider.System, new ConfigurationBuilder().Build(), _dir);
        var code = await CliApp.RunAsync(args, host);
        return (code, output.ToString(), error.ToString());
    }

    private double[] ReadWeights(string file)
    {
        var table = CsvTable.Read(Path.Combine(_dir, file), file);
        return table.Doubles("weight");
    }

    private static double[] Expected(string set, string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "refs", set, "expected.json")));
        var e = doc.RootElement;
        foreach (var part in path.Split('.'))
        {
            e = e.GetProperty(part);
        }

        return e.EnumerateArray().Select(x => x.GetDouble()).ToArray();
    }

    private static void AssertWeights(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Abs(expected[i]), $"row {i + 1}: {expected[i]:R} vs {actual[i]:R}");
        }
    }
}
