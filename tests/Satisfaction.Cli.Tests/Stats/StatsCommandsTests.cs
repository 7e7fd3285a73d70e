using System.Globalization;
using System.Text.Json;
using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Stats;

/// <summary>The <c>stats</c> commands end to end: the uss_small reference file through the CLI, shapes and errors.</summary>
public sealed class StatsCommandsTests : IDisposable
{
    private static readonly string[] BlockKeys =
        ["measure", "by", "domain", "n", "n_yes", "sum_weights", "unweighted_proportion", "proportion", "se", "var", "deff", "deff_replace", "degf", "ci", "ci_level", "method"];

    private static readonly string[] Measures = ["ease_of_contact", "police_actions", "follow_up", "treatment", "whole_experience"];

    private readonly CliRun _cli = new();
    private readonly string _respondents = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "uss_small", "respondents.csv");


    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Estimate_UssSmallByCrimeGroup_MatchesEveryReferenceBlock()
    {
        // Given
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "refs", "uss_small", "expected.json")));
        var expected = doc.RootElement;

        // When
        var (code, output, error) = await RunAsync("stats", "estimate", _respondents, "--strata", "stratum", "--fpc", "N_h",
            "--measure", string.Join(",", Measures), "--by", "crime_group", "--ci", "all", "--level", "0.95");

        // Then
        Assert.True(code == 0, error);
        using var result = JsonDocument.Parse(output);
        var blocks = result.RootElement.EnumerateArray().ToList();
        Assert.Equal(Measures.Length * 5, blocks.Count);
        foreach (var block in blocks)
        {
            Assert.Equal(BlockKeys, block.EnumerateObject().Select(p => p.Name).ToArray());
            var measure = block.GetProperty("measure").GetString()!;
            var domain = block.GetProperty("domain").GetString();
            var reference = domain is null
                ? expected.GetProperty("overall").GetProperty(measure)
                : expected.GetProperty("by_crime_group").GetProperty(measure).GetProperty(domain);
            Assert.Equal(domain is null ? JsonValueKind.Null : JsonValueKind.String, block.GetProperty("by").ValueKind);
            foreach (var key in new[] { "n", "n_yes", "degf" })
            {
                Assert.Equal(reference.GetProperty(key).GetInt32(), block.GetProperty(key).GetInt32());
            }

            foreach (var key in new[] { "sum_weights", "unweighted_proportion", "proportion", "se", "var", "deff", "deff_replace", "ci_level" })
            {
                Close(reference.GetProperty(key).GetDouble(), block.GetProperty(key).GetDouble(), 1e-9, $"{measure}/{domain} {key}");
            }

            foreach (var method in reference.GetProperty("ci").EnumerateObject())
            {
                var bounds = block.GetProperty("ci").GetProperty(method.Name);
                var tolerance = method.Name == "likelihood" ? 1e-6 : 1e-9;
                Close(method.Value[0].GetDouble(), bounds[0].GetDouble(), tolerance, $"{measure}/{domain} {method.Name} lower");
                Close(method.Value[1].GetDouble(), bounds[1].GetDouble(), tolerance, $"{measure}/{domain} {method.Name} upper");
            }
        }
    }

    [Fact]
    public async Task Compare_UssSmallPeriods_MatchesReference()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "refs", "uss_small", "expected.json")));
        var reference = doc.RootElement.GetProperty("period_difference").GetProperty("follow_up");

        var (code, output, error) = await RunAsync("stats", "compare", _respondents, "--strata", "stratum", "--fpc", "N_h",
            "--measure", "follow_up", "--period", "period", "--a", "in_year", "--b", "previous_12m");

        Assert.True(code == 0, error);
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Close(reference.GetProperty("difference").GetDouble(), root.GetProperty("difference").GetDouble(), 1e-9, "difference");
        Close(reference.GetProperty("se_difference").GetDouble(), root.GetProperty("se_difference").GetDouble(), 1e-9, "se_difference");
        Close(reference.GetProperty("p_value_normal").GetDouble(), root.GetProperty("p_value_normal").GetDouble(), 1e-9, "p");
        Assert.Equal(reference.GetProperty("svyglm").GetProperty("df").GetInt32(), root.GetProperty("svyglm").GetProperty("df").GetInt32());
        Close(reference.GetProperty("svyglm").GetProperty("p_value").GetDouble(), root.GetProperty("svyglm").GetProperty("p_value").GetDouble(), 1e-9, "svyglm p");
        Assert.Equal("in_year", root.GetProperty("a").GetProperty("value").GetString());
        Assert.Equal(reference.GetProperty("in_year").GetProperty("n").GetInt32(), root.GetProperty("a").GetProperty("n").GetInt32());
        Assert.Equal(reference.GetProperty("previous_12m").GetProperty("n").GetInt32(), root.GetProperty("b").GetProperty("n").GetInt32());
        var logitA = root.GetProperty("a").GetProperty("ci").GetProperty("logit");
        var pA = root.GetProperty("a").GetProperty("proportion").GetDouble();
        Assert.True(logitA[0].GetDouble() < pA && pA < logitA[1].GetDouble());
        var glm = reference.GetProperty("svyglm");
        var half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, glm.GetProperty("df").GetInt32(), 0.975) * glm.GetProperty("se").GetDouble();
        var ci = root.GetProperty("ci").GetProperty("difference");
        Close(glm.GetProperty("estimate").GetDouble() - half, ci[0].GetDouble(), 1e-9, "difference lower");
        Close(glm.GetProperty("estimate").GetDouble() + half, ci[1].GetDouble(), 1e-9, "difference upper");
        Assert.Equal(glm.GetProperty("p_value").GetDouble() < 0.05, root.GetProperty("significant").GetBoolean());
        Assert.Contains("svyglm t test", root.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ValueNotInFile_ExitsOneNamingColumn()
    {
        var (code, output, error) = await RunAsync("stats", "compare", _respondents, "--strata", "stratum", "--fpc", "N_h",
            "--measure", "treatment", "--period", "period", "--a", "in_year", "--b", "2019");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal("", output);
        Assert.Contains("column 'period'", error, StringComparison.Ordinal);
        Assert.Contains("period = 2019", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ci_XAndN_PrintsOneObjectWithEveryMethod()
    {
        var (code, output, error) = await RunAsync("stats", "ci", "--x", "5", "--n", "10", "--ci", "all");

        Assert.True(code == 0, error);
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.Equal(10, root.GetProperty("n").GetInt32());
        Assert.Equal(5, root.GetProperty("n_yes").GetInt32());
        var ci = root.GetProperty("ci");
        Assert.Equal(["wald", "wilson", "wilson_cc", "clopper_pearson", "jeffreys", "agresti_coull"], ci.EnumerateObject().Select(p => p.Name).ToArray());

        // plain_proportions/expected.json, x = 5, n = 10.
        Close(0.18708602844739858, ci.GetProperty("clopper_pearson")[0].GetDouble(), 1e-9, "clopper_pearson lower");
        Close(0.763406909487436, ci.GetProperty("wilson")[1].GetDouble(), 1e-9, "wilson upper");
    }

    [Fact]
    public async Task Ci_XAboveN_ExitsOne()
    {
        var (code, _, error) = await RunAsync("stats", "ci", "--x", "11", "--n", "10");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("x = 11", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_TextInWeightColumn_ExitsOneNamingPlaceAndWritesNothing()
    {
        var file = Write("bad.csv", "stratum,w,q\n\"a\",2,1\n\"a\",3,2\n\"b\",heavy,1\n\"b\",2,5\n");
        var outFile = Path.Combine(_cli.WorkDir, "out.json");

        var (code, output, error) = await RunAsync("stats", "estimate", file, "--strata", "stratum", "--weights", "w", "--measure", "q", "--out", outFile);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("bad.csv:4: column 'w'", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public async Task Estimate_MissingColumn_ExitsOne()
    {
        var (code, _, error) = await RunAsync("stats", "estimate", _respondents, "--strata", "no_such_column", "--measure", "treatment");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("column 'no_such_column'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_DomainWithoutValidAnswers_ExitsOneNamingDomain()
    {
        var file = Write("empty.csv", "stratum,group,q\n\"a\",\"x\",1\n\"a\",\"x\",2\n\"b\",\"y\",8\n\"b\",\"x\",5\n");

        var (code, _, error) = await RunAsync("stats", "estimate", file, "--strata", "stratum", "--measure", "q", "--by", "group");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("empty.csv: column 'q'", error, StringComparison.Ordinal);
        Assert.Contains("q where group = y", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_CsvToFile_WritesHeaderAndOneRowPerBlock()
    {
        var outFile = Path.Combine(_cli.WorkDir, "est.csv");

        var (code, output, error) = await RunAsync("stats", "estimate", _respondents, "--strata", "stratum", "--fpc", "N_h",
            "--measure", "treatment", "--by", "division", "--format", "csv", "--out", outFile);

        Assert.True(code == 0, error);
        Assert.Equal("", output);
        var lines = File.ReadAllLines(outFile);
        Assert.StartsWith("measure,by,domain,n,n_yes,sum_weights", lines[0], StringComparison.Ordinal);
        Assert.Contains("ci_logit_lower,ci_logit_upper", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 3, lines.Length);
    }

    [Fact]
    public async Task Estimate_LonelyPsuUnderFail_ExitsOne()
    {
        var file = Write("lonely.csv", "stratum,q\n\"a\",1\n\"a\",2\n\"b\",1\n");

        var (code, _, error) = await RunAsync("stats", "estimate", file, "--strata", "stratum", "--measure", "q");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("lonely.csv:4: column 'stratum'", error, StringComparison.Ordinal);

        var (removed, output, _) = await RunAsync("stats", "estimate", file, "--strata", "stratum", "--measure", "q", "--lonely-psu", "remove");
        Assert.Equal(ExitCodes.Ok, removed);
        Assert.Contains("\"n\": 3", output, StringComparison.Ordinal);
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
