using System.Text.Json;

namespace Satisfaction.Cli.Tests.Stats;

/// <summary>
/// Calibration to numeric totals as well as category margins (issue 13) against R survey 4.1-1:
/// <c>calibrate(svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat), ~stype + api99 + meals,
/// population = c(N, N_H, N_M, T_api99, T_meals), calfun, bounds)</c>, written by tools/r/calibrate_numeric.R into
/// tests/refs/calibrate_numeric (the margins file gives api99 and meals with a blank level). Weights and estimates to
/// 1e-9 relative (R and this engine run the same Newton iterations), the likelihood interval to 1e-6.
/// </summary>
public sealed class CalibrateNumericReferenceTests : IDisposable
{
    private static readonly string Data = Path.Combine(RefAssert.Refs, "api", "apistrat.csv");
    private static readonly string Margins = Path.Combine(RefAssert.Refs, "calibrate_numeric", "margins.csv");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string> Variants => ["linear", "linear_bounded", "raking", "raking_bounded", "logit_bounded"];

    /// <summary>R: weights(calibrate(dstrat, ~stype + api99 + meals, pop, calfun, bounds)) for every variant; totals met.</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public async Task StatsCalibrate_WeightsMatchR(string variant)
    {
        var r = Variant(variant);
        var outFile = Path.Combine(_cli.WorkDir, "weighted.csv");
        var result = await _cli.RunAsync(["stats", "calibrate", Data, "--margins", Margins, "--weights", "pw", .. Calfun(r), "--out", outFile]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("calibrate: rows=200 converged=true", result.Error, StringComparison.Ordinal);
        var ours = Application.Statistics.CsvTable.Read(outFile).Doubles("weight");
        var theirs = r.GetProperty("weights").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(theirs.Length, ours.Length);
        for (var i = 0; i < theirs.Length; i++)
        {
            RefAssert.Close(theirs[i], ours[i], 1e-9, $"{variant} weight[{i}]");
        }

        // The weighted totals of api99 and meals are the population's (R's calibration tolerance, 1e-7 relative).
        var table = Application.Statistics.CsvTable.Read(outFile);
        var population = RefAssert.Json("calibrate_numeric", "expected.json").GetProperty("population");
        foreach (var column in new[] { "api99", "meals" })
        {
            var values = table.Doubles(column);
            var total = values.Select((v, i) => v * ours[i]).Sum();
            RefAssert.Close(population.GetProperty(column).GetDouble(), total, 1e-7, column + " total");
        }
    }

    /// <summary>R: svymean(~api00, cal, deff = TRUE), svytotal(~enroll, cal) and svymean(~api00, subset(cal, stype == s)).</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public async Task MeanAndTotalAfterCalibration_OverallAndByDomain_MatchR(string variant)
    {
        var r = Variant(variant);
        var mean = await EstimateAsync(r, "--measure", "api00", "--statistic", "mean", "--by", "stype");
        RefAssert.Numeric(r.GetProperty("mean_api00"), mean[0], variant + " mean", checkN: true);
        foreach (var stype in new[] { "E", "H", "M" })
        {
            RefAssert.Numeric(r.GetProperty("by_stype").GetProperty(stype).GetProperty("mean_api00"), RefAssert.Domain(mean, stype), $"{variant} mean {stype}", checkN: false);
        }

        var total = await EstimateAsync(r, "--measure", "enroll", "--statistic", "total");
        RefAssert.Numeric(r.GetProperty("total_enroll"), total[0], variant + " total", checkN: true);
    }

    /// <summary>R: svyciprop(~yes, cal | subset(cal, stype == s) | subset(cal, awards == a), method = each of six).</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public async Task ProportionBlocksAfterCalibration_MatchSvyciprop(string variant)
    {
        var r = Variant(variant);
        var byType = await EstimateAsync(r, "--measure", "sch_wide_code", "--satisfied", "1", "--valid", "1-2", "--ci", "all", "--by", "stype");
        RefAssert.Block(r.GetProperty("proportion_sch_wide"), byType[0], variant + " proportion");
        foreach (var stype in new[] { "E", "H", "M" })
        {
            RefAssert.Block(r.GetProperty("by_stype").GetProperty(stype).GetProperty("proportion_sch_wide"), RefAssert.Domain(byType, stype), $"{variant} proportion {stype}");
        }

        var byAwards = await EstimateAsync(r, "--measure", "sch_wide_code", "--satisfied", "1", "--valid", "1-2", "--ci", "all", "--by", "awards");
        foreach (var awards in new[] { "No", "Yes" })
        {
            RefAssert.Block(r.GetProperty("by_awards").GetProperty(awards).GetProperty("proportion_sch_wide"), RefAssert.Domain(byAwards, awards), $"{variant} proportion awards={awards}");
        }
    }

    /// <summary>R: calibrate(..., bounds = c(0.98, 1.02)) stops with "Calibration failed"; so does the command, with nothing written.</summary>
    [Fact]
    public async Task InfeasibleBounds_FailLikeR()
    {
        var r = RefAssert.Json("calibrate_numeric", "expected.json").GetProperty("infeasible");
        Assert.Equal("Calibration failed", r.GetProperty("error").GetString());
        var outFile = Path.Combine(_cli.WorkDir, "weighted.csv");
        var result = await _cli.RunAsync("stats", "calibrate", Data, "--margins", Margins, "--weights", "pw", "--calfun", "linear", "--bounds", "0.98,1.02", "--out", outFile);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Calibration failed", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
    }

    /// <summary>
    /// R: calibrate(as.svrepdesign(dstrat, type = "JKn"), ~stype + api99 + meals, population = pop): every replicate
    /// calibrated on its own; replicate weights and the SE of svymean(~yes) as R's.
    /// </summary>
    [Fact]
    public async Task ReplicateWeights_CalibratedToNumericTotals_MatchR()
    {
        var r = RefAssert.Json("calibrate_numeric", "expected.json").GetProperty("replicates_jkn");
        var outFile = Path.Combine(_cli.WorkDir, "rep.csv");
        var estimates = Path.Combine(_cli.WorkDir, "est.json");
        var result = await _cli.RunAsync("stats", "replicates", Data, "--method", "jkn", "--strata", "stype", "--weights", "pw", "--fpc", "fpc",
            "--margins", Margins, "--calfun", "linear", "--measure", "sch_wide_code", "--satisfied", "1", "--valid", "1-2", "--out", outFile, "--estimates", estimates);
        Assert.True(result.ExitCode == 0, result.Error);
        var ours = JsonDocument.Parse(File.ReadAllText(estimates)).RootElement[0];
        RefAssert.Close(r.GetProperty("proportion_sch_wide").GetDouble(), ours.GetProperty("proportion").GetDouble(), 1e-9, "replicate proportion");
        RefAssert.Close(r.GetProperty("se_sch_wide").GetDouble(), ours.GetProperty("se").GetDouble(), 1e-9, "replicate SE");
        var table = Application.Statistics.CsvTable.Read(outFile);
        var full = table.Doubles("weight");
        var rFull = r.GetProperty("full_sample_weights").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        for (var i = 0; i < rFull.Length; i++)
        {
            RefAssert.Close(rFull[i], full[i], 1e-9, $"full weight[{i}]");
        }

        foreach (var column in r.GetProperty("replicate_weights").EnumerateObject())
        {
            var mine = table.Doubles(column.Name);
            var theirs = column.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            for (var i = 0; i < theirs.Length; i++)
            {
                RefAssert.Close(theirs[i], mine[i], 1e-9, $"{column.Name}[{i}]");
            }
        }
    }

    /// <summary>R: calibrate(dstrat, ~stype + api99, population = c(6194, 755, 1018, sum(apipop$api99))) (tests/refs/api, R/api.R).</summary>
    [Fact]
    public async Task OneNumericTotal_MeanMatchesR()
    {
        var r = RefAssert.Json("api", "expected.json").GetProperty("calibrate_numeric");
        var result = await _cli.RunAsync("stats", "estimate", Data, "--strata", "stype", "--weights", "pw", "--fpc", "fpc",
            "--margins", Path.Combine(RefAssert.Refs, "api", "margins_numeric.csv"), "--calfun", "linear", "--measure", "api00", "--statistic", "mean");
        Assert.True(result.ExitCode == 0, result.Error);
        RefAssert.Numeric(r.GetProperty("mean_api00"), JsonDocument.Parse(result.Out).RootElement[0], "api99 calibration mean", checkN: true);
    }

    /// <summary>Raking cannot meet a numeric total (R's rake() takes category margins only): said so, with what to do instead.</summary>
    [Theory]
    [InlineData("estimate")]
    [InlineData("rake")]
    [InlineData("replicates")]
    public async Task NumericTotalWithRaking_IsUnsupported_AndSaysToCalibrate(string command)
    {
        List<string> args = ["stats", command, Data, "--weights", "pw", "--margins", Margins];
        args.AddRange(command switch
        {
            "estimate" => ["--measure", "api00", "--statistic", "mean"],
            "replicates" => ["--rake", "--method", "jk1", "--out", Path.Combine(_cli.WorkDir, "rep.csv")],
            _ => ["--out", Path.Combine(_cli.WorkDir, "raked.csv")],
        });
        var result = await _cli.RunAsync([.. args]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("margins.csv:5: column 'level': 'api99' has a blank level", result.Error, StringComparison.Ordinal);
        Assert.Contains("raking does not support numeric totals", result.Error, StringComparison.Ordinal);
        Assert.Contains("--calfun linear", result.Error, StringComparison.Ordinal);
        Assert.Contains("calibrate(design, ~stype + api99 + meals, population)", result.Error, StringComparison.Ordinal);
    }

    private static JsonElement Variant(string name) => RefAssert.Json("calibrate_numeric", "expected.json").GetProperty("variants").GetProperty(name);

    private static string[] Calfun(JsonElement variant)
    {
        var calfun = variant.GetProperty("calfun").GetString()!;
        var bounds = variant.GetProperty("bounds");
        return bounds.ValueKind == JsonValueKind.Array
            ? ["--calfun", calfun, "--bounds", FormattableString.Invariant($"{bounds[0].GetDouble():R},{bounds[1].GetDouble():R}")]
            : ["--calfun", calfun];
    }

    private async Task<List<JsonElement>> EstimateAsync(JsonElement variant, params string[] args)
    {
        var result = await _cli.RunAsync(["stats", "estimate", Data, "--strata", "stype", "--weights", "pw", "--fpc", "fpc", "--margins", Margins, .. Calfun(variant), .. args]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
    }
}
