using Microsoft.Extensions.Configuration;
using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Commands.Questionnaires;

public sealed class QuestionnairesCommandTests : IDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    [Fact]
    public async Task Lint_ShippedFolder_IsCleanWithSummary()
    {
        var code = await RunAsync("questionnaires", "lint", "questionnaires");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal("ok: 8 questionnaire file(s) checked, 0 problem(s)", errors.ToString().Trim());
    }

    [Fact]
    public async Task Lint_DefaultPath_IsTheQuestionnairesFolder()
    {
        var code = await RunAsync("questionnaires", "lint");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("8 questionnaire file(s)", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BrokenFile_PrintsFileLineColumnReasonAndExitsOne()
    {
        var code = await RunAsync("questionnaires", "lint", "Data/Questionnaires/broken/unknown-goto.yaml");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal(
            "Data/Questionnaires/broken/unknown-goto.yaml:23:15: question 'q1' routes to unknown question 'q9'",
            output.ToString().Trim());
        Assert.Contains("1 problem(s)", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BrokenFolder_ReportsEveryFile()
    {
        var code = await RunAsync("questionnaires", "lint", "Data/Questionnaires/broken");

        Assert.Equal(ExitCodes.UserError, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("Data/Questionnaires/broken/routing-cycle.yaml:31:19: routing cycle", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Data/Questionnaires/broken/yaml-syntax.yaml:24:15: YAML syntax error", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("clean.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_MissingPath_IsUserError()
    {
        var code = await RunAsync("questionnaires", "lint", "no-such-folder");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("no-such-folder: no such file or folder", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_WithSample_PrintsPipedScriptOptionsAndRouting()
    {
        var code = await RunAsync("questionnaires", "show", "uss-burglary", "--sample", "crime_type=burglary", "--sample", "report_date=3 March 2026");

        Assert.Equal(ExitCodes.Ok, code);
        var script = output.ToString();
        Assert.Contains("== Introduction and consent ==", script, StringComparison.Ordinal);
        Assert.Contains("about the burglary you reported to us on 3 March 2026.", script, StringComparison.Ordinal);
        Assert.Contains("  Routing: if consent in [2, 3], end the interview.  (consent: 2 = Not now: arrange a call back, 3 = No: declines the survey)", script, StringComparison.Ordinal);
        Assert.Contains("  Ask only if: contact_how in [1, 2]  (contact_how: 1 = Called 999, 2 = Called 101 or another police number)", script, StringComparison.Ordinal);
        Assert.Contains("      1  Completely satisfied", script, StringComparison.Ordinal);
        Assert.Contains("      8  Don't know  (do not read out)", script, StringComparison.Ordinal);
        Assert.Contains("  Whole experience: [whole_experience] satisfied 1, 2, 3 of valid 1, 2, 3, 4, 5, 6, 7", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_WithoutSample_MarksPlaceholders()
    {
        var code = await RunAsync("questionnaires", "show", "rdd-confidence", "--dir", "questionnaires");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("calling on behalf of [force_name].", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("(a whole number from 1 to 20)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_IsUserError()
    {
        var code = await RunAsync("questionnaires", "show", "uss-shoplifting");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("no questionnaire with id 'uss-shoplifting'", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_MalformedSampleOption_IsUserError()
    {
        var code = await RunAsync("questionnaires", "show", "uss-burglary", "--sample", "crime_type");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("must be KEY=VALUE", errors.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        output.Dispose();
        errors.Dispose();
    }

    private Task<int> RunAsync(params string[] args)
    {
        var host = new CliHost(output, errors, TimeProvider.System, new ConfigurationBuilder().Build(), AppContext.BaseDirectory);
        return CliApp.RunAsync(args, host);
    }
}
