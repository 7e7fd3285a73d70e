using Satisfaction.Application.Tests.Scores;

namespace Satisfaction.Cli.Tests.Commands.Scores;

/// <summary><c>report --peers FILE [--force NAME]</c> through the command line.</summary>
public sealed class ReportPeersCommandTests : IDisposable
{
    private const string Header = "force,in_msg,measure,period_end,respondents,satisfied_pct,ci_low,ci_high\n";
    private readonly FieldworkStore _store = new();
    private readonly CliRun _cli = new();

    public ReportPeersCommandTests() => _store.SeedTwoYears(seed: 13);

    public void Dispose()
    {
        _cli.Dispose();
        _store.Dispose();
    }

    [Fact]
    public async Task Report_WithPeers_FindsTheStoresForceInTheFileAndAddsTheMsgSection()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkDir, "peers.csv"), Header
            + "Demo,true,whole_experience,2026-11-30,400,50,,\n"
            + "Cumbria,true,whole_experience,2026-11-30,900,99.5,98.9,99.8\n"
            + "Cleveland,true,whole_experience,2026-11-30,800,1.0,,\n"
            + "Northumbria,false,whole_experience,2026-11-30,700,99.9,,\n");

        var result = await _cli.RunAsync("report", "--db", _store.Path, "--as-of", "2026-11-30", "--out", "out", "--peers", "peers.csv");

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(_cli.WorkDir, "out", "report.html"));
        Assert.Contains("<h2 id=\"msg\">Most similar group (MSG) comparison</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2 of 3</td><td>3 of 4</td><td class=\"l\">Northumbria 99.9</td>", html, StringComparison.Ordinal);
        Assert.Contains("published figures in peers.csv for the 12 months ending 30 Nov 2026 (3 other forces", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithPeersWithoutTheForce_IsRefusedAndWritesNothing()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkDir, "peers.csv"), Header + "Cumbria,true,whole_experience,2026-11-30,900,88.5,,\n");

        var result = await _cli.RunAsync("report", "--db", _store.Path, "--as-of", "2026-11-30", "--out", "out", "--peers", "peers.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the store's force DEMO (Demo Constabulary) is not among its forces", result.Error, StringComparison.Ordinal);
        Assert.Contains("--force NAME", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.WorkDir, "out", "report.html")));
    }
}
