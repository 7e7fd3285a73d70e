namespace Satisfaction.Cli.Tests.Commands;

public sealed class ForceAndJobsCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task ForceInit_TwiceThenShowJson_IdempotentAndShown()
    {
        var first = await _cli.RunAsync("force", "init", "--code", "LANCS", "--name", "Lancashire Constabulary", "--divisions", "EAST,SOUTH,WEST", "--db", "s.db");
        var second = await _cli.RunAsync("force", "init", "--code", "LANCS", "--name", "Lancashire Constabulary", "--divisions", "EAST,SOUTH,WEST", "--db", "s.db");
        var show = await _cli.RunAsync("force", "show", "--format", "json", "--db", "s.db");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("force LANCS: created force LANCS (Lancashire Constabulary)", first.Out, StringComparison.Ordinal);
        Assert.Equal("force LANCS: already set up; nothing changed", second.Out.Trim());
        Assert.Contains("\"code\": \"LANCS\"", show.Out, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"09:00\"", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForceInit_WithoutDivisions_UserError()
    {
        var result = await _cli.RunAsync("force", "init", "--code", "LANCS", "--name", "X", "--db", "s.db");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("force init needs --code, --name and --divisions", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobsPause_IsKeptInTheJobStore()
    {
        var pause = await _cli.RunAsync("jobs", "pause", "weekly-sample", "--db", "s.db");
        var list = await _cli.RunAsync("jobs", "list", "--format", "json", "--db", "s.db");
        var unknown = await _cli.RunAsync("jobs", "run", "nope", "--db", "s.db");

        Assert.True(pause.ExitCode == 0, pause.Error);
        Assert.Contains("\"name\": \"weekly-sample\",\n    \"cron\": \"0 0 6 ? * MON\",\n    \"paused\": true", list.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no job 'nope'; known: import-inbox, nightly-report, nightly-scores, rdd-release, retention, sms-dispatch, weekly-sample", unknown.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_cli.WorkDir, "s.scheduler.db")));
    }

    public void Dispose() => _cli.Dispose();
}
