using System.Text.Json;

namespace Satisfaction.Cli.Tests.Stats;

/// <summary>
/// The second round of survey statistics (issue 13) end to end against R survey 4.1-1. Expected values are R's
/// output kept under tests/refs (written by tools/r/api.R, zero_variance.R and replicates_rake.R); each
/// test names the R call it mirrors. Closed forms to 1e-9 relative, iterative results to 1e-6.
/// </summary>
public sealed class SecondRoundReferenceTests : IDisposable
{
    private static readonly string Refs = Path.Combine(AppContext.BaseDirectory, "Data", "refs");
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>R: svymean(~api00, svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2), deff = TRUE) and by stype.</summary>
    [Fact]
    public async Task TwoStageClusterSample_MeanBySchoolType_MatchesSvyrecvar()
    {
        var blocks = await NumericAsync("apiclus2.csv", "--ids", "dnum,snum", "--fpc", "fpc1,fpc2", "--measure", "api00", "--statistic", "mean", "--by", "stype");
        var r = Api("clus2");
        RefAssert.Numeric(r.GetProperty("mean_api00"), blocks[0], "clus2 mean", checkN: true);
        foreach (var stype in new[] { "E", "H", "M" })
        {
            RefAssert.Numeric(r.GetProperty("by_stype").GetProperty(stype).GetProperty("mean_api00"), RefAssert.Domain(blocks, stype), "clus2 mean " + stype, checkN: true);
        }

        Assert.Contains("second stage: 126 units", blocks[0].GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    /// <summary>R: svytotal(~enroll, ..., na.rm = TRUE) and svyratio(~api.stu, ~enroll, ..., na.rm = TRUE) on the two-stage design.</summary>
    [Fact]
    public async Task TwoStageClusterSample_TotalAndRatio_MatchR()
    {
        var total = await NumericAsync("apiclus2.csv", "--ids", "dnum,snum", "--fpc", "fpc1,fpc2", "--measure", "enroll", "--statistic", "total");
        RefAssert.Numeric(Api("clus2").GetProperty("total_enroll"), total[0], "clus2 total", checkN: false);
        var ratio = await NumericAsync("apiclus2.csv", "--ids", "dnum,snum", "--fpc", "fpc1,fpc2", "--measure", "api_stu", "--statistic", "ratio", "--denominator", "enroll");
        RefAssert.Numeric(Api("clus2").GetProperty("ratio_api_stu_enroll"), ratio[0], "clus2 ratio", checkN: false);
    }

    /// <summary>R: svyciprop(~yes, two-stage design, method = each) on apiclus2; every interval of the estimate block.</summary>
    [Fact]
    public async Task TwoStageClusterSample_ProportionBlock_MatchesSvyciprop()
    {
        var result = await RunAsync("stats", "estimate", Path.Combine(Refs, "api", "apiclus2.csv"), "--ids", "dnum,snum", "--fpc", "fpc1,fpc2",
            "--measure", "sch_wide_code", "--satisfied", "1", "--valid", "1-2", "--ci", "all", "--by", "stype");
        var blocks = JsonDocument.Parse(result).RootElement.EnumerateArray().ToList();
        var r = Api("clus2");
        RefAssert.Block(r.GetProperty("proportion_sch_wide"), blocks[0], "clus2 proportion");
        foreach (var stype in new[] { "E", "H", "M" })
        {
            RefAssert.Block(r.GetProperty("by_stype").GetProperty(stype).GetProperty("proportion_sch_wide"), RefAssert.Domain(blocks, stype), "clus2 proportion " + stype);
        }
    }

    /// <summary>R: svymean / svytotal / svyratio on svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat), overall and by stype.</summary>
    [Theory]
    [InlineData("mean", "api00", null, "mean_api00")]
    [InlineData("total", "enroll", null, "total_enroll")]
    [InlineData("ratio", "api_stu", "enroll", "ratio_api_stu_enroll")]
    public async Task Stratified_MeansTotalsRatios_OverallAndByDomain(string statistic, string measure, string? denominator, string key)
    {
        List<string> args = ["--strata", "stype", "--weights", "pw", "--fpc", "fpc", "--measure", measure, "--statistic", statistic, "--by", "stype"];
        if (denominator is not null)
        {
            args.AddRange(["--denominator", denominator]);
        }

        var blocks = await NumericAsync("apistrat.csv", [.. args]);
        var r = Api("strat");
        RefAssert.Numeric(r.GetProperty(key), blocks[0], key, checkN: true);
        foreach (var stype in new[] { "E", "H", "M" })
        {
            RefAssert.Numeric(r.GetProperty("by_stype").GetProperty(stype).GetProperty(key), RefAssert.Domain(blocks, stype), key + " " + stype, checkN: true);
        }
    }

    /// <summary>R: svyratio(~api.stu, ~enroll) as a rate per 1,000 (estimate, SE and intervals times 1000).</summary>
    [Fact]
    public async Task Ratio_PerThousand_ScalesEstimateSeAndIntervals()
    {
        var blocks = await NumericAsync("apistrat.csv", "--strata", "stype", "--weights", "pw", "--fpc", "fpc", "--measure", "api_stu",
            "--statistic", "ratio", "--denominator", "enroll", "--per", "1000");
        var r = Api("strat").GetProperty("ratio_api_stu_enroll");
        RefAssert.Close(r.GetProperty("estimate").GetDouble() * 1000, blocks[0].GetProperty("estimate").GetDouble(), 1e-9, "rate");
        RefAssert.Close(r.GetProperty("se").GetDouble() * 1000, blocks[0].GetProperty("se").GetDouble(), 1e-9, "rate se");
        RefAssert.Close(r.GetProperty("ci").EnumerateArray().First().GetDouble() * 1000, blocks[0].GetProperty("ci").GetProperty("normal")[0].GetDouble(), 1e-9, "rate lower");
    }

    /// <summary>R: svyciprop(~yes, subset(dstrat, stype == s &amp; awards == a)) for the six crossed domains of --by stype,awards.</summary>
    [Fact]
    public async Task CrossedDomains_ByTwoColumns_MatchSubsetOfEachCell()
    {
        var result = await RunAsync("stats", "estimate", Path.Combine(Refs, "api", "apistrat.csv"), "--strata", "stype", "--weights", "pw", "--fpc", "fpc",
            "--measure", "sch_wide_code", "--satisfied", "1", "--valid", "1-2", "--ci", "all", "--by", "stype,awards");
        var blocks = JsonDocument.Parse(result).RootElement.EnumerateArray().ToList();
        Assert.Equal(7, blocks.Count);
        foreach (var cell in Api("strat").GetProperty("by_stype_awards").EnumerateObject())
        {
            var block = RefAssert.Domain(blocks, cell.Name);
            Assert.Equal("stype,awards", block.GetProperty("by").GetString());
            RefAssert.Block(cell.Value, block, "stype/awards " + cell.Name);
        }
    }

    /// <summary>R: options(survey.lonely.psu = "average"); svymean(~api00, design with a single high school).</summary>
    [Fact]
    public async Task LonelyPsuAverage_MatchesR()
    {
        var blocks = await NumericAsync("apistrat_lonely.csv", "--strata", "stype", "--weights", "pw", "--fpc", "fpc", "--measure", "api00", "--statistic", "mean", "--lonely-psu", "average");
        RefAssert.Numeric(Api("lonely_average").GetProperty("mean_api00"), blocks[0], "average", checkN: true);
    }

    /// <summary>The lonely stratum is named by its value in the file, not by its number.</summary>
    [Fact]
    public async Task LonelyPsuFail_NamesTheStratumByItsValue()
    {
        var result = await _cli.RunAsync("stats", "estimate", Path.Combine(Refs, "api", "apistrat_lonely.csv"), "--strata", "stype", "--weights", "pw", "--fpc", "fpc",
            "--measure", "api00", "--statistic", "mean");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("column 'stype': stratum 'H' has only one PSU", result.Error, StringComparison.Ordinal);
        Assert.Contains("average", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A numeric measure estimated as a proportion: said to be numeric, not "domain is empty".</summary>
    [Fact]
    public async Task NumericMeasureWithoutCodes_IsReportedAsNumeric()
    {
        var result = await _cli.RunAsync("stats", "estimate", Path.Combine(Refs, "api", "apistrat.csv"), "--strata", "stype", "--weights", "pw", "--fpc", "fpc", "--measure", "api00");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("column 'api00': no value is a valid code (1-7", result.Error, StringComparison.Ordinal);
        Assert.Contains("--statistic mean", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("is empty", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// R: svymean(~sat, design) where the measure is constant within every stratum: SE exactly 0 (not ~1e-9) and
    /// svyciprop's logit, mean, xlogit and asin intervals the single point. R's beta gives [0.5, 0.5] (qbeta with
    /// infinite shapes) and its likelihood stops; here both are the point (documented in the statistics README).
    /// </summary>
    [Fact]
    public async Task ConstantWithinStrata_SeIsExactlyZero_IntervalsAreThePoint()
    {
        var result = await RunAsync("stats", "estimate", Path.Combine(Refs, "zero_variance", "respondents.csv"), "--strata", "stratum", "--fpc", "N_h",
            "--measure", "q_const", "--ci", "all", "--by", "group");
        var blocks = JsonDocument.Parse(result).RootElement.EnumerateArray().ToList();
        var r = Zero().GetProperty("overall").GetProperty("q_const");
        var block = blocks[0];
        Assert.Equal(0.0, block.GetProperty("se").GetDouble());
        Assert.Equal(0.0, block.GetProperty("deff").GetDouble());
        RefAssert.Close(r.GetProperty("proportion").GetDouble(), block.GetProperty("proportion").GetDouble(), 1e-12, "p");
        foreach (var method in new[] { "logit", "mean", "xlogit", "asin" })
        {
            var ci = block.GetProperty("ci").GetProperty(method);
            RefAssert.Close(r.GetProperty("ci").GetProperty(method)[0].GetDouble(), ci[0].GetDouble(), 1e-9, method + " lower");
            RefAssert.Close(r.GetProperty("ci").GetProperty(method)[1].GetDouble(), ci[1].GetDouble(), 1e-9, method + " upper");
        }

        var p = block.GetProperty("proportion").GetDouble();
        Assert.Equal([p, p], block.GetProperty("ci").GetProperty("beta").EnumerateArray().Select(v => v.GetDouble()).ToArray());
        Assert.Equal(0.5, r.GetProperty("ci").GetProperty("beta")[0].GetDouble());
        Assert.True(r.GetProperty("r_errors").TryGetProperty("likelihood", out _));

        // The domains are not constant within strata (zeros outside the domain): R's SEs there are positive.
        foreach (var group in new[] { "x", "y" })
        {
            RefAssert.Block(Zero().GetProperty("by_group").GetProperty("q_const").GetProperty(group), RefAssert.Domain(blocks, group), "q_const " + group, skipMissing: true);
        }
    }

    /// <summary>R: svymean(~score, design, deff = TRUE) of a numeric score constant within strata: SE and deff exactly 0.</summary>
    [Fact]
    public async Task ConstantNumericScore_SeExactlyZero()
    {
        var blocks = await NumericAsync(Path.Combine("..", "zero_variance", "respondents.csv"), "--strata", "stratum", "--fpc", "N_h", "--measure", "score", "--statistic", "mean");
        Assert.Equal(0.0, blocks[0].GetProperty("se").GetDouble());
        RefAssert.Numeric(Zero().GetProperty("mean_score"), blocks[0], "score", checkN: true);
    }

    /// <summary>
    /// At p = 0 and p = 1 (R: logit gives a boundary artefact such as [7.7e-12, 7.7e-12], beta NA, xlogit/asin NaN,
    /// likelihood stops): here logit, xlogit, asin and likelihood are null, mean is [p, p] and beta is the
    /// Clopper-Pearson interval on the domain n (documented choice).
    /// </summary>
    [Theory]
    [InlineData("q_none", 0.0)]
    [InlineData("q_all", 1.0)]
    public async Task BoundaryProportions_FollowTheDocumentedChoice(string measure, double p)
    {
        var result = await RunAsync("stats", "estimate", Path.Combine(Refs, "zero_variance", "respondents.csv"), "--strata", "stratum", "--fpc", "N_h",
            "--measure", measure, "--ci", "all");
        var block = JsonDocument.Parse(result).RootElement[0];
        Assert.Equal(p, block.GetProperty("proportion").GetDouble());
        foreach (var method in new[] { "logit", "xlogit", "asin", "likelihood" })
        {
            Assert.Equal(JsonValueKind.Null, block.GetProperty("ci").GetProperty(method).ValueKind);
        }

        Assert.Equal([p, p], block.GetProperty("ci").GetProperty("mean").EnumerateArray().Select(v => v.GetDouble()).ToArray());
        var beta = block.GetProperty("ci").GetProperty("beta").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(p == 0 ? beta[0] == 0 && beta[1] is > 0 and < 1 : beta[1] == 1 && beta[0] is > 0 and < 1);
        var r = Zero().GetProperty("overall").GetProperty(measure).GetProperty("ci");
        Assert.Equal(JsonValueKind.Null, r.GetProperty("beta")[0].ValueKind);
    }

    /// <summary>
    /// R: rake(as.svrepdesign(des0, type = "JK1"), margins) with rake()'s default control: the replicates are raked
    /// together with the full sample (as many passes as it needs), so weights and SE match R's.
    /// </summary>
    [Fact]
    public async Task Replicates_RakedTogetherWithTheFullSample_MatchR()
    {
        var rdd = Path.Combine(Refs, "rdd_confidence");
        var outFile = Path.Combine(_cli.WorkDir, "rep.csv");
        var estimates = Path.Combine(_cli.WorkDir, "est.json");
        var result = await _cli.RunAsync("stats", "replicates", Path.Combine(rdd, "respondents.csv"), "--weights", "base_weight", "--method", "jk1",
            "--margins", Path.Combine(rdd, "margins.csv"), "--rake", "--measure", "confidence_code", "--satisfied", "1-2", "--valid", "1-6", "--out", outFile, "--estimates", estimates);
        Assert.True(result.ExitCode == 0, result.Error);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Refs, "replicates_rake", "expected.json")));
        var r = expected.RootElement;
        var se = JsonDocument.Parse(File.ReadAllText(estimates)).RootElement[0].GetProperty("se").GetDouble();
        RefAssert.Close(r.GetProperty("agree").GetProperty("se").GetDouble(), se, 1e-9, "JK1 raked SE");
        var table = Application.Statistics.CsvTable.Read(outFile);
        foreach (var column in r.GetProperty("replicate_weights").EnumerateObject())
        {
            var ours = table.Doubles(column.Name);
            var theirs = column.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            for (var i = 0; i < theirs.Length; i++)
            {
                RefAssert.Close(theirs[i], ours[i], 1e-9, $"{column.Name}[{i}]");
            }
        }
    }

    /// <summary>R: svymean(~yes, as.svrepdesign(svydesign(..., fpc = ~fpc), type = "JKn" / "JK1")): the jackknife scales carry f = 1 - n/N.</summary>
    [Theory]
    [InlineData("jkn", "apistrat.csv", "jkn_fpc")]
    [InlineData("jk1", "apisrs.csv", "jk1_fpc")]
    public async Task Replicates_WithFpc_MatchAsSvrepdesign(string method, string file, string key)
    {
        var estimates = Path.Combine(_cli.WorkDir, "est.json");
        List<string> args = ["stats", "replicates", Path.Combine(Refs, "api", file), "--method", method, "--fpc", "fpc", "--measure", "sch_wide_code",
            "--satisfied", "1", "--valid", "1-2", "--out", Path.Combine(_cli.WorkDir, "rep.csv"), "--estimates", estimates];
        if (method == "jkn")
        {
            args.AddRange(["--strata", "stype", "--weights", "pw"]);
        }

        var result = await _cli.RunAsync([.. args]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("from --fpc fpc", result.Error, StringComparison.Ordinal);
        var r = Api("replicates").GetProperty(key);
        var ours = JsonDocument.Parse(File.ReadAllText(estimates)).RootElement[0];
        RefAssert.Close(r.GetProperty("proportion_sch_wide").GetDouble(), ours.GetProperty("proportion").GetDouble(), 1e-12, "proportion");
        RefAssert.Close(r.GetProperty("se_sch_wide").GetDouble(), ours.GetProperty("se").GetDouble(), 1e-9, "replicate SE");
        RefAssert.Close(r.GetProperty("scale").GetDouble(), ours.GetProperty("scale").GetDouble(), 1e-12, "scale");
    }

    /// <summary>
    /// R: svyby(~sat, ~period, subset(d, valid), svymean, covmat = TRUE) + svycontrast, for several measures at once:
    /// each element equals the single-measure comparison of uss_small's period_difference.
    /// </summary>
    [Fact]
    public async Task Compare_SeveralMeasures_OneComparisonEach()
    {
        var file = Path.Combine(Refs, "uss_small", "respondents.csv");
        var output = await RunAsync("stats", "compare", file, "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment,whole_experience",
            "--period", "period", "--a", "in_year", "--b", "previous_12m");
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["treatment", "whole_experience"], items.Select(i => i.GetProperty("measure").GetString()!).ToArray());
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Refs, "uss_small", "expected.json")));
        foreach (var item in items)
        {
            var r = expected.RootElement.GetProperty("period_difference").GetProperty(item.GetProperty("measure").GetString()!);
            RefAssert.Close(r.GetProperty("difference").GetDouble(), item.GetProperty("difference").GetDouble(), 1e-9, "difference");
            RefAssert.Close(r.GetProperty("se_difference").GetDouble(), item.GetProperty("se_difference").GetDouble(), 1e-9, "se");
        }

        var csv = await RunAsync("stats", "compare", file, "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment,whole_experience",
            "--period", "period", "--a", "in_year", "--b", "previous_12m", "--format", "csv");
        Assert.Equal(3, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static JsonElement Api(string key) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Refs, "api", "expected.json"))).RootElement.GetProperty(key);

    private static JsonElement Zero() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Refs, "zero_variance", "expected.json"))).RootElement;

    private async Task<List<JsonElement>> NumericAsync(string file, params string[] args)
    {
        var output = await RunAsync(["stats", "estimate", Path.Combine(Refs, "api", file), .. args]);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
    }

    private async Task<string> RunAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out;
    }
}
