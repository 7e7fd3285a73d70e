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
        var result = await cli.RunAsync("demo", "--db", "demo.db", "--seed", "3", "--as-of", "2026-11-30", "--no-fieldwork");

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
    public async Task Demo_WithCsv_WritesTheYearAsAnExtract()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("demo", "--db", "demo.db", "--as-of", "2026-11-30", "--csv", "crimes.csv", "--no-fieldwork");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        var lines = await File.ReadAllLinesAsync(Path.Combine(cli.WorkDir, "crimes.csv"));
        Assert.Equal("crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,victim_dob,phone,location_id,flags", lines[0]);
        using var db = SatisfactionDb.Open(Path.Combine(cli.WorkDir, "demo.db"));
        Assert.Equal(await db.RecordedCrimes.CountAsync(), lines.Length - 1);
        Assert.StartsWith("DM/251130/0001,2025-11-30T", lines[1], StringComparison.Ordinal);
        Assert.Contains($"extract: {Path.Combine(cli.WorkDir, "crimes.csv")}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CsvInMissingFolder_ExitsOne()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("demo", "--db", "demo.db", "--as-of", "2026-11-30", "--csv", Path.Combine("nowhere", "crimes.csv"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("cannot write the extract", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.WorkDir, "demo.db")), "nothing is stored when the extract cannot be written");
    }

    [Fact]
    public async Task Demo_RunTwice_FieldworkOnce_PrintsTheReportAndItsHeadline()
    {
        // A smaller demo (3,000 records a year) than the default, for speed; the same steps.
        using var cli = new CliRun(new Dictionary<string, string?> { ["Store:Path"] = "configured.db" });
        var first = await cli.RunAsync("demo", "--as-of", "2026-11-30", "--records-per-year", "3000", "--out", "demo-out");
        var second = await cli.RunAsync("demo", "--as-of", "2026-11-30", "--records-per-year", "3000", "--out", "demo-out");

        Assert.True(first.ExitCode == ExitCodes.Ok, first.Error);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains("(0 already present)", first.Out, StringComparison.Ordinal);
        Assert.Contains("added 0 records", second.Out, StringComparison.Ordinal);
        Assert.Contains("already set up", second.Out, StringComparison.Ordinal);
        Assert.Contains("fieldwork", first.Out, StringComparison.Ordinal);
        Assert.Contains("already done to 2026-11-30; nothing added.", second.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cli.WorkDir, "configured.db")), "Store:Path from configuration is used");

        var report = Path.Combine(cli.WorkDir, "demo-out", "report", "report.html");
        Assert.Contains($"report: {report}", first.Out, StringComparison.Ordinal);
        Assert.Contains($"true rates: {Path.Combine(cli.WorkDir, "demo-out", "true-rates.csv")}", first.Out, StringComparison.Ordinal);
        Assert.Matches(@"headline: Whole experience \(uss\), 12 months to 30 Nov 2026: \d+\.\d% satisfied \(95% CI [^)]+\); change from the previous 12 months [^(]+\((not )?significant at 95%, p = [0-9.]+\)\.", first.Out);
        Assert.True(File.Exists(report));
    }
}
