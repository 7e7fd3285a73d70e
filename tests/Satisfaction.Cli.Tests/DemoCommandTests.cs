using Microsoft.EntityFrameworkCore;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Data;

namespace Satisfaction.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_OnTempDb_StoresTheYearAndPrintsSummary()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("demo", "--db", "demo.db", "--seed", "3", "--as-of", "2026-11-30");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        var path = Path.Combine(cli.WorkDir, "demo.db");
        Assert.Contains($"store: {path}", result.Out, StringComparison.Ordinal);
        Assert.Contains("demo: seed 3, as of 2026-11-30", result.Out, StringComparison.Ordinal);
        Assert.Contains("incident_type     EAST   SOUTH    WEST   total", result.Out, StringComparison.Ordinal);

        using var db = SatisfactionDb.Open(path);
        var count = await db.RecordedCrimes.CountAsync();
        Assert.InRange(count, 7000, 9500);
        Assert.Contains($"  total ", result.Out, StringComparison.Ordinal);
        Assert.Contains(count.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Out, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 29), await db.RecordedCrimes.MaxAsync(c => c.RecordedDate));
        Assert.Equal(new DateOnly(2025, 11, 30), await db.RecordedCrimes.MinAsync(c => c.RecordedDate));
    }

    [Fact]
    public async Task Demo_RunTwice_DoesNotDuplicate()
    {
        using var cli = new CliRun(new Dictionary<string, string?> { ["Store:Path"] = "configured.db" });
        var first = await cli.RunAsync("demo", "--as-of", "2026-11-30");
        var second = await cli.RunAsync("demo", "--as-of", "2026-11-30");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains("(0 already present)", first.Out, StringComparison.Ordinal);
        Assert.Contains("added 0 records", second.Out, StringComparison.Ordinal);
        Assert.Contains("already set up", second.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cli.WorkDir, "configured.db")), "Store:Path from configuration is used");
    }
}
