using System.Text.Json;
using Satisfaction.Application.Tests.Scores;

namespace Satisfaction.Cli.Tests.Commands.Scores;

/// <summary><c>scores</c>, <c>report</c> and <c>export</c> through the command line, on a store with two years of seeded interviews.</summary>
public sealed class AnalystCommandsTests : IDisposable
{
    private const string Key = "cli-test-key-0123456789-0123456789-abcdef";
    private readonly FieldworkStore _store = new();

    public AnalystCommandsTests() => _store.SeedTwoYears(seed: 13);

    [Fact]
    public async Task Scores_json_has_the_issue_keys_for_both_periods_and_the_change()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("scores", "--db", _store.Path, "--as-of", "2026-11-30", "--programme", "uss", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var items = json.RootElement.EnumerateArray().ToList();
        var force = items.Single(e => e.GetProperty("period").GetString() == "in_year" && e.GetProperty("domain").ValueKind == JsonValueKind.Null && e.GetProperty("measure").GetString() == "whole_experience");
        foreach (var key in new[] { "measure", "by", "domain", "n", "n_yes", "proportion", "se", "ci", "ci_level", "method", "programme", "period", "period_start", "period_end" })
        {
            Assert.True(force.TryGetProperty(key, out _), key);
        }

        Assert.Equal("uss", force.GetProperty("programme").GetString());
        Assert.Equal("2025-12-01", force.GetProperty("period_start").GetString());
        Assert.Equal("2026-11-30", force.GetProperty("period_end").GetString());
        Assert.Contains(items, e => e.GetProperty("period").GetString() == "previous_12m");
        Assert.Contains(items, e => e.GetProperty("period").GetString() == "change" && e.GetProperty("domain").ValueKind == JsonValueKind.Null);
        Assert.Contains(items, e => e.GetProperty("by").GetString() == "division" && e.GetProperty("domain").GetString() == "WEST");
    }

    [Fact]
    public async Task Scores_table_and_bad_options()
    {
        using var cli = new CliRun();
        var table = await cli.RunAsync("scores", "--db", _store.Path, "--as-of", "2026-11-30");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("whole_experience", table.Out, StringComparison.Ordinal);
        Assert.Contains("in-year 2025-12-01 to 2026-11-30", table.Out, StringComparison.Ordinal);
        var bad = await cli.RunAsync("scores", "--db", _store.Path, "--as-of", "2026-11-30", "--by", "crime");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--by 'crime'", bad.Error, StringComparison.Ordinal);
        var none = await cli.RunAsync("scores", "--db", _store.Path, "--as-of", "2026-11-30", "--programme", "asb");
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("programme 'asb' has no respondents", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_writes_the_page_and_prints_the_headline()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("report", "--db", _store.Path, "--as-of", "2026-11-30", "--out", "out");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(cli.WorkDir, "out", "report.html")));
        Assert.True(File.Exists(Path.Combine(cli.WorkDir, "out", "report-tables.csv")));
        Assert.Contains("Whole experience (uss), 12 months to 30 Nov 2026:", result.Out, StringComparison.Ordinal);
        Assert.Contains("change from the previous 12 months", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_needs_the_key_and_then_writes_the_file_and_its_dictionary()
    {
        using (var noKey = new CliRun())
        {
            var refused = await noKey.RunAsync("export", "--db", _store.Path, "--what", "responses", "--out", "r.csv");
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("Export:PseudonymKey", refused.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(noKey.WorkDir, "r.csv")));
        }

        using var cli = new CliRun(new Dictionary<string, string?> { ["Export:PseudonymKey"] = Key });
        var result = await cli.RunAsync("export", "--db", _store.Path, "--what", "cases", "--format", "parquet", "--out", "cases.parquet");
        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(Path.Combine(cli.WorkDir, "cases.parquet")).Length > 0);
        Assert.True(File.Exists(Path.Combine(cli.WorkDir, "cases.dictionary.csv")));
        Assert.Contains("cases:", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();
}
