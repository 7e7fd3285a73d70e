using System.Globalization;
using System.Text.Json;

namespace Satisfaction.Cli.Tests.Stats;

/// <summary>
/// Issue 13's readable output and messages: <c>--format table</c> prints percentages to one decimal with their
/// intervals, n and the method (the figures are R's, rounded: uss_small's expected.json, R survey 4.1-1), json stays
/// the default off a terminal, and option combinations that are not supported say so and what to do.
/// </summary>
public sealed class StatsTableAndMessagesTests : IDisposable
{
    private static readonly string Uss = Path.Combine(RefAssert.Refs, "uss_small", "respondents.csv");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>R: svymean / svyciprop(method = "logit") of uss_small overall and by crime group, printed rounded.</summary>
    [Fact]
    public async Task Table_PrintsPercentagesToOneDecimal_IntervalsNAndMethod()
    {
        var result = await _cli.RunAsync("stats", "estimate", Uss, "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment", "--by", "crime_group", "--format", "table");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("% yes (weighted), 95% intervals", lines[0], StringComparison.Ordinal);
        Assert.Contains("logit 95%", lines[1], StringComparison.Ordinal);
        var r = RefAssert.Json("uss_small", "expected.json");
        var overall = r.GetProperty("overall").GetProperty("treatment");
        var row = lines.Single(l => l.StartsWith("treatment", StringComparison.Ordinal) && l.Contains(" all ", StringComparison.Ordinal));
        Assert.Contains(Pct(overall.GetProperty("proportion").GetDouble()), row, StringComparison.Ordinal);
        var ci = overall.GetProperty("ci").GetProperty("logit");
        Assert.Contains($"{Pct(ci[0].GetDouble())} to {Pct(ci[1].GetDouble())}", row, StringComparison.Ordinal);
        Assert.Contains(" " + overall.GetProperty("n").GetInt32().ToString(CultureInfo.InvariantCulture) + " ", row, StringComparison.Ordinal);
        foreach (var group in r.GetProperty("by_crime_group").GetProperty("treatment").EnumerateObject())
        {
            var domainRow = lines.Single(l => l.Contains("crime_group=" + group.Name + " ", StringComparison.Ordinal));
            Assert.Contains(Pct(group.Value.GetProperty("proportion").GetDouble()), domainRow, StringComparison.Ordinal);
        }

        Assert.StartsWith("method: Taylor linearisation, 12 strata", lines[^1], StringComparison.Ordinal);
    }

    /// <summary>Off a terminal (here, the test's captured output) the default stays JSON, full precision.</summary>
    [Fact]
    public async Task Default_OffATerminal_IsJson()
    {
        var result = await _cli.RunAsync("stats", "estimate", Uss, "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment");
        Assert.True(result.ExitCode == 0, result.Error);
        var block = JsonDocument.Parse(result.Out).RootElement[0];
        RefAssert.Close(RefAssert.Json("uss_small", "expected.json").GetProperty("overall").GetProperty("treatment").GetProperty("proportion").GetDouble(),
            block.GetProperty("proportion").GetDouble(), 1e-12, "json proportion");
    }

    /// <summary>R: svymean(~api00, apistrat design) and by stype as a table: estimate, SE, normal and t intervals, n.</summary>
    [Fact]
    public async Task Table_OfMeans_ShowsEstimateIntervalsAndN()
    {
        var result = await _cli.RunAsync("stats", "estimate", Path.Combine(RefAssert.Refs, "api", "apistrat.csv"), "--strata", "stype", "--weights", "pw", "--fpc", "fpc",
            "--measure", "api00", "--statistic", "mean", "--by", "stype", "--format", "table");
        Assert.True(result.ExitCode == 0, result.Error);
        var r = RefAssert.Json("api", "expected.json").GetProperty("strat").GetProperty("mean_api00");
        var row = result.Out.Split('\n').Single(l => l.StartsWith("api00", StringComparison.Ordinal) && l.Contains(" all ", StringComparison.Ordinal));
        Assert.Contains(r.GetProperty("estimate").GetDouble().ToString("G6", CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        Assert.Contains($"{r.GetProperty("ci")[0].GetDouble().ToString("G6", CultureInfo.InvariantCulture)} to {r.GetProperty("ci")[1].GetDouble().ToString("G6", CultureInfo.InvariantCulture)}", row, StringComparison.Ordinal);
        Assert.Contains(" 200 ", row, StringComparison.Ordinal);
        Assert.Equal(3, result.Out.Split('\n').Count(l => l.Contains("stype=", StringComparison.Ordinal)));
    }

    /// <summary>R: svyby + svycontrast of uss_small's period difference, as a table: change in points, p, verdict.</summary>
    [Fact]
    public async Task Table_OfComparisons_ShowsChangeInPoints()
    {
        var result = await _cli.RunAsync("stats", "compare", Uss, "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment,whole_experience",
            "--period", "period", "--a", "in_year", "--b", "previous_12m", "--format", "table");
        Assert.True(result.ExitCode == 0, result.Error);
        var r = RefAssert.Json("uss_small", "expected.json").GetProperty("period_difference");
        foreach (var measure in new[] { "treatment", "whole_experience" })
        {
            var row = result.Out.Split('\n').Single(l => l.StartsWith(measure + " ", StringComparison.Ordinal));
            var points = (100 * r.GetProperty(measure).GetProperty("difference").GetDouble()).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
            Assert.Contains(points, row, StringComparison.Ordinal);
            Assert.Contains("period=in_year", row, StringComparison.Ordinal);
        }
    }

    /// <summary>Two-stage --ids in stats replicates: unsupported, said as such with what to do (not "no such column 'dnum,snum'").</summary>
    [Fact]
    public async Task Replicates_WithTwoStages_SaysUnsupported()
    {
        var result = await _cli.RunAsync("stats", "replicates", Path.Combine(RefAssert.Refs, "api", "apiclus2.csv"), "--method", "jk1", "--ids", "dnum,snum", "--fpc", "fpc1,fpc2");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not support multi-stage designs", result.Error, StringComparison.Ordinal);
        Assert.Contains("--ids dnum", result.Error, StringComparison.Ordinal);
        Assert.Contains("stats estimate --ids dnum,snum", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such column", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>--ci with a mean: unsupported (svyciprop is for proportions), and what a mean gets instead.</summary>
    [Fact]
    public async Task CiMethodWithAMean_SaysUnsupported()
    {
        var result = await _cli.RunAsync("stats", "estimate", Path.Combine(RefAssert.Refs, "api", "apistrat.csv"), "--strata", "stype", "--weights", "pw",
            "--measure", "api00", "--statistic", "mean", "--ci", "beta");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--ci beta is not supported with --statistic mean", result.Error, StringComparison.Ordinal);
        Assert.Contains("drop --ci", result.Error, StringComparison.Ordinal);
    }

    /// <summary>An unknown --format names the three that exist.</summary>
    [Fact]
    public async Task UnknownFormat_NamesTheChoices()
    {
        var result = await _cli.RunAsync("stats", "estimate", Uss, "--measure", "treatment", "--format", "xml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format 'xml' is not table, json or csv", result.Error, StringComparison.Ordinal);
    }

    private static string Pct(double p) => (100 * p).ToString("F1", CultureInfo.InvariantCulture);
}
