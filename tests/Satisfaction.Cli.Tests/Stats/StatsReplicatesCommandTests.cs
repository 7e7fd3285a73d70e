using System.Globalization;
using System.Text.Json;
using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Stats;

/// <summary>
/// <c>stats replicates</c> end to end on the rdd_confidence reference data: replicate columns, margins met by
/// every replicate, bootstrap reproducibility, the SRS identity of the jackknife, R's as.svrepdesign SEs
/// (tools/r/weighting_replicates_check.R, output beside it, R 4.2.2 / survey 4.1-1) and bad input.
/// </summary>
public sealed class StatsReplicatesCommandTests : IDisposable
{
    // R: svymean(~agree, as.svrepdesign(des0, type = "JK1")) and after rake(..., epsilon = 1e-10, maxit = 100); agree = confidence_code <= 2.
    private const double RJk1Se = 0.02191160694937612;
    private const double RJk1RakedSe = 0.026254257250513977;

    // R: the same with district as strata and type = "JKn".
    private const double RJknSe = 0.021837168035894128;
    private const double RJknRakedSe = 0.026137070298268977;

    private static readonly string RefDir = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "rdd_confidence");
    private static readonly string Respondents = Path.Combine(RefDir, "respondents.csv");
    private static readonly string Margins = Path.Combine(RefDir, "margins.csv");
    private static readonly string[] Agree = ["--measure", "confidence_code", "--satisfied", "1-2", "--valid", "1-6"];
    private static readonly string[] TightRake = ["--margins", Margins, "--rake", "--epsilon", "1e-10", "--maxit", "100"];

    private readonly CliRun _cli = new();


    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Replicates_Jk1WithoutMargins_ReplicateIZeroesRowIAndScalesTheOthers()
    {
        var outFile = Path.Combine(_cli.WorkDir, "jk1.csv");

        var (code, _, error) = await RunAsync("stats", "replicates", Respondents, "--weights", "base_weight", "--method", "jk1", "--out", outFile);

        Assert.True(code == 0, error);
        var table = CsvTable.Read(outFile);
        var n = table.RowCount;
        Assert.Equal(600, n);
        Assert.Equal(Enumerable.Range(1, n).Select(r => $"rep_{r}"), table.Headers.Skip(table.Headers.Count - n));
        var baseWeights = table.Doubles("base_weight");
        Assert.Equal(baseWeights, table.Doubles("weight"));
        for (var r = 0; r < n; r++)
        {
            var rep = table.Doubles($"rep_{r + 1}");
            for (var i = 0; i < n; i++)
            {
                var expected = i == r ? 0 : baseWeights[i] * n / (n - 1.0);
                Close(expected, rep[i], 1e-14, $"rep_{r + 1} row {i + 1}");
            }
        }

        Assert.Contains("method=jk1", error, StringComparison.Ordinal);
        Assert.Contains("replicates=600", error, StringComparison.Ordinal);
        Assert.Contains("(n-1)/n = 599/600", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rake", "--epsilon", "1e-10", "--maxit", "100")]
    [InlineData("--calfun", "linear")]
    [InlineData("--calfun", "raking", "--bounds", "0.2,5")]
    public async Task Replicates_Jk1WithMargins_EveryReplicateMeetsTheMargins(params string[] weighting)
    {
        var outFile = Path.Combine(_cli.WorkDir, "raked.csv");

        var (code, _, error) = await RunAsync(["stats", "replicates", Respondents, "--weights", "base_weight", "--method", "jk1", "--margins", Margins, .. weighting, "--out", outFile]);

        Assert.True(code == 0, error);
        var table = CsvTable.Read(outFile);
        var margins = CsvTable.Read(Margins);
        var variables = margins.Strings("variable");
        var levels = margins.Strings("level");
        var totals = margins.Doubles("total");
        var columns = new[] { "weight" }.Concat(Enumerable.Range(1, 600).Select(r => $"rep_{r}"));
        foreach (var column in columns)
        {
            var w = table.Doubles(column);
            for (var m = 0; m < margins.RowCount; m++)
            {
                var values = table.Strings(variables[m]);
                var sum = w.Where((_, i) => values[i] == levels[m]).Sum();
                Close(totals[m], sum, 1e-6, $"{column} {variables[m]}={levels[m]}");
            }
        }

        Assert.Equal(0, table.Doubles("rep_7")[6]);
    }

    [Fact]
    public async Task Replicates_BootstrapSeed_SameSeedIdenticalOtherSeedDiffers()
    {
        string[] args = ["stats", "replicates", Respondents, "--weights", "base_weight", "--method", "bootstrap", "--replicates", "25", .. TightRake];

        var (code1, first, error1) = await RunAsync([.. args, "--seed", "42"]);
        var (code2, second, _) = await RunAsync([.. args, "--seed", "42"]);
        var (code3, other, _) = await RunAsync([.. args, "--seed", "43"]);
        var (code4, _, defaultError) = await RunAsync(args);

        Assert.True(code1 == 0 && code2 == 0 && code3 == 0 && code4 == 0, error1);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        var header = first[..first.IndexOf('\n', StringComparison.Ordinal)];
        Assert.EndsWith(",weight," + string.Join(",", Enumerable.Range(1, 25).Select(r => $"rep_{r}")), header, StringComparison.Ordinal);
        Assert.Contains("seed: 42;", error1, StringComparison.Ordinal);
        Assert.Contains("1/(R-1) = 1/24", error1, StringComparison.Ordinal);
        Assert.Contains("seed: 1 (the default", defaultError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicates_Jk1EqualWeights_SeOfMeanEqualsSrsFormula()
    {
        var estimates = Path.Combine(_cli.WorkDir, "estimates.json");

        var (code, _, error) = await RunAsync(["stats", "replicates", Respondents, "--method", "jk1", "--out", Path.Combine(_cli.WorkDir, "w.csv"), .. Agree, "--estimates", estimates]);

        Assert.True(code == 0, error);
        var y = CsvTable.Read(Respondents).Doubles("confidence_code").Select(c => c <= 2 ? 1.0 : 0.0).ToArray();
        var n = y.Length;
        var mean = y.Average();
        var s2 = y.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        var block = ReadEstimate(estimates);
        Close(mean, block.GetProperty("proportion").GetDouble(), 1e-12, "mean");
        Close(Math.Sqrt(s2 / n), block.GetProperty("se").GetDouble(), 1e-9, "SRS se");
        Assert.Equal(n, block.GetProperty("n").GetInt32());
        Assert.Equal("jk1", block.GetProperty("replicate_method").GetString());
    }

    [Theory]
    [InlineData("jk1", false, RJk1Se, 1e-9)]
    [InlineData("jk1", true, RJk1RakedSe, 1e-6)]
    [InlineData("jkn", false, RJknSe, 1e-9)]
    [InlineData("jkn", true, RJknRakedSe, 1e-6)]
    public async Task Replicates_Jackknife_SeMatchesRAsSvrepdesign(string method, bool rake, double expectedSe, double tolerance)
    {
        var estimates = Path.Combine(_cli.WorkDir, "estimates.json");
        string[] strata = method == "jkn" ? ["--strata", "district"] : [];

        var (code, _, error) = await RunAsync(["stats", "replicates", Respondents, "--weights", "base_weight", "--method", method, .. strata,
            .. rake ? TightRake : [], "--out", Path.Combine(_cli.WorkDir, "w.csv"), .. Agree, "--estimates", estimates]);

        Assert.True(code == 0, error);
        Close(expectedSe, ReadEstimate(estimates).GetProperty("se").GetDouble(), tolerance, $"{method} se");
    }

    [Fact]
    public async Task Replicates_MeasureWithoutEstimatesFile_PrintsSeToStderr()
    {
        var (code, output, error) = await RunAsync(["stats", "replicates", Respondents, "--weights", "base_weight", "--method", "jk1", .. Agree]);

        Assert.True(code == 0, error);
        Assert.StartsWith("id,age_band,", output, StringComparison.Ordinal);
        Assert.Contains("measure=confidence_code n=600 n_yes=289", error, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"replicate_se=0.0219116069"), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bootstrap")]
    [InlineData("jkn")]
    public async Task Replicates_StratumWithOnePsu_ExitsOneNamingLineAndWritesNothing(string method)
    {
        var file = Write("lonely.csv", "stratum,w,q\na,1,1\na,2,2\nb,1,3\nc,3,1\nc,1,4\n");
        var outFile = Path.Combine(_cli.WorkDir, "out.csv");

        var (code, _, error) = await RunAsync("stats", "replicates", file, "--weights", "w", "--strata", "stratum", "--method", method, "--out", outFile);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("lonely.csv:4: column 'stratum'", error, StringComparison.Ordinal);
        Assert.Contains("stratum 'b' has only one row", error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public async Task Replicates_BootstrapOnOnePsu_ExitsOne()
    {
        var file = Write("one.csv", "psu,w\n7,1\n7,2\n");

        var (code, _, error) = await RunAsync("stats", "replicates", file, "--weights", "w", "--ids", "psu", "--method", "bootstrap");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("one.csv:2: column 'psu'", error, StringComparison.Ordinal);
        Assert.Contains("only one PSU", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicates_TextInWeightColumn_ExitsOneNamingPlaceAndWritesNothing()
    {
        var file = Write("text.csv", "w,q\n1,1\nheavy,2\n3,1\n");
        var outFile = Path.Combine(_cli.WorkDir, "out.csv");

        var (code, _, error) = await RunAsync("stats", "replicates", file, "--weights", "w", "--method", "jk1", "--out", outFile);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("text.csv:3: column 'w'", error, StringComparison.Ordinal);
        Assert.Contains("'heavy' is not a number", error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    [Theory]
    [InlineData("bootstrap", "1")]
    [InlineData("bootstrap", "0")]
    [InlineData("jk1", "50")]
    public async Task Replicates_BadReplicateCount_ExitsOneAndWritesNothing(string method, string replicates)
    {
        var outFile = Path.Combine(_cli.WorkDir, "out.csv");

        var (code, _, error) = await RunAsync("stats", "replicates", Respondents, "--weights", "base_weight", "--method", method, "--replicates", replicates, "--out", outFile);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("--replicates", error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public async Task Replicates_UnknownMethod_ExitsOne()
    {
        var (code, _, error) = await RunAsync("stats", "replicates", Respondents, "--method", "brr");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("jk1, jkn or bootstrap", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicates_Help_ListsTheOptions()
    {
        var (code, output, error) = await RunAsync("stats", "replicates", "--help");

        Assert.True(code == 0, error);
        foreach (var option in new[] { "--method", "--replicates", "--seed", "--margins", "--calfun", "--upper", "--measure", "--estimates" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    private static JsonElement ReadEstimate(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement[0].Clone();
    }

    private static void Close(double expected, double actual, double tolerance, string what)
    {
        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R}"));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_cli.WorkDir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        return (result.ExitCode, result.Out, result.Error);
    }
}
