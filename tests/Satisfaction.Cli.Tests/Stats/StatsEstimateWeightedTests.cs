using System.Globalization;
using System.Text.Json;
using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Stats;

/// <summary>
/// <c>stats estimate --margins</c>: weighting and estimation in one step, so the SEs allow for the raking or
/// calibration, checked against R's agree blocks for the raked and calibrated reference designs.
/// </summary>
public sealed class StatsEstimateWeightedTests : IDisposable
{
    private const double Tolerance = 1e-6; // raking and calibration are iterative

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string, string, string[]> Cases() => new()
    {
        // dataset, path to the block in expected.json, --valid codes, weighting options
        { "rdd_confidence", "raked.agree.excluding_dont_know", "1-5", [] },
        { "rdd_confidence", "raked.agree.including_dont_know", "1-6", [] },
        { "calibration", "results.linear.agree.excluding_dont_know", "1-5", ["--calfun", "linear"] },
        { "calibration", "results.raking.agree.excluding_dont_know", "1-5", ["--calfun", "raking"] },
        { "calibration", "results.linear_bounded.agree.excluding_dont_know", "1-5", ["--calfun", "linear", "--bounds", "0.3,3"] },
        { "calibration", "results.raking_bounded.agree.including_dont_know", "1-6", ["--calfun", "raking", "--bounds", "0.3,3"] },
        { "calibration", "results.logit_bounded.agree.excluding_dont_know", "1-5", ["--calfun", "logit", "--bounds", "0.3,3"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Estimate_WithMargins_MatchesRAfterWeighting(string dataset, string blockPath, string valid, string[] weighting)
    {
        // Given
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "refs", dataset);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var expected = blockPath.Split('.').Aggregate(doc.RootElement, (e, key) => e.GetProperty(key));

        // When
        var (code, output, error) = await RunAsync([
            "stats", "estimate", Path.Combine(folder, "respondents.csv"), "--weights", "base_weight",
            "--margins", Path.Combine(folder, "margins.csv"), .. weighting,
            "--measure", "confidence_code", "--satisfied", "1-2", "--valid", valid, "--ci", "all"]);

        // Then
        Assert.True(code == 0, error);
        using var result = JsonDocument.Parse(output);
        var block = result.RootElement.EnumerateArray().Single();
        Assert.Equal(expected.GetProperty("n").GetInt32(), block.GetProperty("n").GetInt32());
        Assert.Equal(expected.GetProperty("n_yes").GetInt32(), block.GetProperty("n_yes").GetInt32());
        Assert.Equal(expected.GetProperty("degf").GetInt32(), block.GetProperty("degf").GetInt32());
        foreach (var key in new[] { "sum_weights", "proportion", "se", "var", "deff", "deff_replace" })
        {
            Close(expected.GetProperty(key).GetDouble(), block.GetProperty(key).GetDouble(), $"{blockPath} {key}");
        }

        foreach (var method in expected.GetProperty("ci").EnumerateObject())
        {
            var bounds = block.GetProperty("ci").GetProperty(method.Name);
            Close(method.Value[0].GetDouble(), bounds[0].GetDouble(), $"{blockPath} {method.Name} lower");
            Close(method.Value[1].GetDouble(), bounds[1].GetDouble(), $"{blockPath} {method.Name} upper");
        }

        Assert.Contains("calibration-adjusted", block.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_InfeasibleCalibrationBounds_ExitsOneAndWritesNothing()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "calibration");
        var outFile = Path.Combine(_cli.WorkDir, "estimates.json");

        var (code, output, error) = await RunAsync(
            "stats", "estimate", Path.Combine(folder, "respondents.csv"), "--weights", "base_weight",
            "--margins", Path.Combine(folder, "margins.csv"), "--calfun", "linear", "--bounds", "0.8,1.25",
            "--measure", "confidence_code", "--satisfied", "1-2", "--valid", "1-5", "--out", outFile);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal("", output);
        Assert.Contains("Calibration failed", error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    [Theory]
    [InlineData("--calfun", "raking")]
    [InlineData("--bounds", "0.3,3")]
    public async Task Estimate_WeightingOptionWithoutMargins_IsAUserError(string option, string value)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "calibration");

        var (code, _, error) = await RunAsync(
            "stats", "estimate", Path.Combine(folder, "respondents.csv"), "--weights", "base_weight", option, value,
            "--measure", "confidence_code");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("--margins", error, StringComparison.Ordinal);
    }

    private static void Close(double expected, double actual, string what)
    {
        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= Tolerance, string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R}"));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        return (result.ExitCode, result.Out, result.Error);
    }
}
