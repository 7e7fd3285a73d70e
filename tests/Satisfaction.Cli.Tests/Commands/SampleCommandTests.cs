using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Commands;

public sealed class SampleCommandTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly string _programmes = Path.Combine(AppContext.BaseDirectory, "Data", "programmes");


    private string Db => Path.Combine(_cli.WorkDir, "store.db");

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        return (result.ExitCode, result.Out, result.Error);
    }

    [Fact]
    public async Task DemoThenSample_StoresDraw_ExportsAndExplains()
    {
        // Given a demo store whose weekly draws ran up to a week earlier, so this week's draw is still to do
        Assert.Equal(ExitCodes.Ok, (await RunAsync("demo", "--db", Db, "--as-of", "2026-11-23", "--no-fieldwork")).Code);

        // When a dry run and then a real draw run
        var dry = await RunAsync("sample", "draw", "--db", Db, "--as-of", "2026-11-30", "--dry-run", "--programmes", _programmes);
        var real = await RunAsync("sample", "--db", Db, "--as-of", "2026-11-30", "--programmes", _programmes);
        var export = await RunAsync("sample", "export", "--db", Db, "--draw", "latest", "--out", "cases.csv");

        // Then
        Assert.Equal(ExitCodes.Ok, dry.Code);
        Assert.Contains("seed 20261130 (derived from the date; repeat with --seed 20261130)", dry.Out, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing written", dry.Out, StringComparison.Ordinal);
        Assert.Contains("burglary/EAST", dry.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, real.Code);
        // The demo stored 53 weekly draws (2025-11-24 to 2026-11-23); this is the 54th.
        Assert.Contains("stored as draw 54", real.Out, StringComparison.Ordinal);
        // The dry run printed exactly what the real run then stored.
        Assert.Equal(dry.Out.Replace("dry run: nothing written", "stored as draw 54", StringComparison.Ordinal), real.Out);
        Assert.Equal(ExitCodes.Ok, export.Code);
        var lines = File.ReadAllLines(Path.Combine(_cli.WorkDir, "cases.csv"));
        Assert.Equal("case_id,draw_id,crime_ref,victim_id,programme,user_group,division,stratum,inclusion_probability,design_weight,asb_repeat_location", lines[0]);
        Assert.True(lines.Length > 20);
        Assert.DoesNotContain(lines, l => l.Contains("+44", StringComparison.Ordinal));
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Contains(r[^1], new[] { "true", "false" }));
        // The demo's ASB hot spots give repeat locations; only ASB cases can be one.
        var repeatRows = rows.Where(r => r[^1] == "true").ToList();
        Assert.NotEmpty(repeatRows);
        Assert.All(repeatRows, r => Assert.Equal("asb", r[4]));
        Assert.Contains("ASB repeat locations (5th or later incident from the location in 180 days), sampled cases:", real.Out, StringComparison.Ordinal);
        Assert.Contains("asb repeat location", real.Out, StringComparison.Ordinal);

        var crimeRef = lines[1].Split(',')[2];
        var explain = await RunAsync("sample", "explain", crimeRef, "--db", Db, "--programmes", _programmes);
        Assert.Equal(ExitCodes.Ok, explain.Code);
        Assert.Contains($"crime_ref: {crimeRef}", explain.Out, StringComparison.Ordinal);
        Assert.Contains("draw: 54 (as of 2026-11-30, seed 20261130)", explain.Out, StringComparison.Ordinal);
        Assert.Contains("outcome: sampled", explain.Out, StringComparison.Ordinal);
        Assert.Contains("pass  under_age", explain.Out, StringComparison.Ordinal);
        Assert.Contains("ASB repeat location: ", explain.Out, StringComparison.Ordinal);

        var repeatRef = repeatRows[0][2];
        var repeatExplain = await RunAsync("sample", "explain", repeatRef, "--db", Db, "--programmes", _programmes);
        Assert.Equal(ExitCodes.Ok, repeatExplain.Code);
        Assert.Matches("ASB repeat location: yes \\(([5-9]|[1-9][0-9]+) incidents at this location in the 180 days to the report\\)", repeatExplain.Out);

        // A second run at the same date considers nothing new.
        var again = await RunAsync("sample", "--db", Db, "--as-of", "2026-11-30", "--programmes", _programmes);
        Assert.Contains("considered 0, excluded 0, sampled 0", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NoDrawYet_UserError()
    {
        var result = await RunAsync("sample", "export", "--db", Db, "--out", "cases.csv");

        Assert.Equal(ExitCodes.UserError, result.Code);
        Assert.Contains("there is no completed draw yet", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.WorkDir, "cases.csv")));
    }

    [Fact]
    public async Task Export_WithoutOut_UserError()
    {
        var result = await RunAsync("sample", "export", "--db", Db);

        Assert.Equal(ExitCodes.UserError, result.Code);
        Assert.Contains("--out FILE.csv is required", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_OfSampleDraw_ListsTheDrawOptions()
    {
        var result = await RunAsync("sample", "draw", "--help");

        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.Contains("--seed", result.Out, StringComparison.Ordinal);
        Assert.Contains("--dry-run", result.Out, StringComparison.Ordinal);
        Assert.Contains("--programmes", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnknownRecord_UserError()
    {
        var result = await RunAsync("sample", "explain", "NOPE", "--db", Db, "--programmes", _programmes);

        Assert.Equal(ExitCodes.UserError, result.Code);
        Assert.Contains("crime_ref 'NOPE' is not in the store", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_MissingProgrammesFolder_UserError()
    {
        var result = await RunAsync("sample", "--db", Db, "--programmes", "nowhere");

        Assert.Equal(ExitCodes.UserError, result.Code);
        Assert.Contains("programmes folder", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_BadProgrammeFile_UserErrorWithLine()
    {
        var folder = Path.Combine(_cli.WorkDir, "progs");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "x.yaml"), "id: x\nuser_groups:\n  - id: g\n    questionnaire: q\n    incident_types: [crime]\nminimum_age: old\n");

        var result = await RunAsync("sample", "--db", Db, "--programmes", folder);

        Assert.Equal(ExitCodes.UserError, result.Code);
        Assert.Contains("x.yaml:6: column 'minimum_age'", result.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
