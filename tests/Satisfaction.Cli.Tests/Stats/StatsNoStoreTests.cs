namespace Satisfaction.Cli.Tests.Stats;

/// <summary>The <c>stats</c> commands read files only: they neither take <c>--db</c>/<c>--as-of</c> nor create a store.</summary>
public sealed class StatsNoStoreTests
{
    private static readonly string Respondents = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "uss_small", "respondents.csv");

    [Fact]
    public async Task Estimate_LeavesNoStoreBehind()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("stats", "estimate", Respondents, "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.False(File.Exists(Path.Combine(cli.WorkDir, "satisfaction.db")));
    }

    [Theory]
    [InlineData("estimate")]
    [InlineData("ci")]
    [InlineData("compare")]
    [InlineData("rake")]
    [InlineData("calibrate")]
    [InlineData("trim")]
    [InlineData("replicates")]
    public async Task Help_ListsNoStoreOptions(string command)
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("stats", command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("--db", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--as-of", result.Out, StringComparison.Ordinal);
    }
}
