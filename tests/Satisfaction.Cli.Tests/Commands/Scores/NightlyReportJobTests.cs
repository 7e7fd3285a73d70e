using Satisfaction.Application.Tests.Scores;

namespace Satisfaction.Cli.Tests.Commands.Scores;

/// <summary>The <c>nightly-report</c> job run by hand (<c>jobs run</c> without a service), as the scheduler runs it.</summary>
public sealed class NightlyReportJobTests : IDisposable
{
    private readonly FieldworkStore _store = new();
    private readonly CliRun _cli = new(new Dictionary<string, string?> { ["Reports:Folder"] = "reports" });

    public NightlyReportJobTests() => _store.SeedTwoYears(seed: 21);

    public void Dispose()
    {
        _cli.Dispose();
        _store.Dispose();
    }

    [Fact]
    public async Task JobsRun_NightlyReport_WritesTodaysReportIntoTheReportsFolderOnce()
    {
        var first = await _cli.RunAsync("jobs", "run", "nightly-report", "--db", _store.Path);
        var html = Path.Combine(_cli.WorkDir, "reports", "2026-11-28", "report.html");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("2026-11-28: report written", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(html));
        Assert.Contains("Whole experience", await File.ReadAllTextAsync(html), StringComparison.OrdinalIgnoreCase);
        var written = File.GetLastWriteTimeUtc(html);

        var second = await _cli.RunAsync("jobs", "run", "nightly-report", "--db", _store.Path);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("2026-11-28: report already written", second.Out, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(html));
        Assert.Single(Directory.GetDirectories(Path.Combine(_cli.WorkDir, "reports")));
    }

    [Fact]
    public async Task JobsRun_NightlyReport_OnAStoreWithoutInterviews_WritesNothingAndSaysWhy()
    {
        using var empty = new FieldworkStore();
        var result = await _cli.RunAsync("jobs", "run", "nightly-report", "--db", empty.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("2026-11-28: no report: no interviews", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.WorkDir, "reports", "2026-11-28", "report.html")));
    }
}
