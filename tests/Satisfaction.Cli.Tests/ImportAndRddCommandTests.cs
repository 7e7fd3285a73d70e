using Microsoft.EntityFrameworkCore;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Phones;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Cli.Tests;

public sealed class ImportAndRddCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task ImportCrimes_DemoExtract_ImportsEveryRowThenNothingChangesOnReimport()
    {
        // Given a store with the demo force and a month of the demo generator's extract
        SeedForce();
        var records = DemoCrimeGenerator.Generate(new DemoDataOptions { Seed = 11, AsOf = new DateOnly(2026, 11, 30), Days = 30 }).ToList();
        WriteFile("extract.csv", w => DemoCrimeCsv.Write(w, records));

        // When
        var first = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db");
        var second = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db");

        // Then
        Assert.True(first.ExitCode == ExitCodes.Ok, first.Error);
        Assert.Contains($"{records.Count} rows: {records.Count} inserted, 0 updated, 0 unchanged", first.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains($"0 inserted, 0 updated, {records.Count} unchanged", second.Out, StringComparison.Ordinal);
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Assert.Equal(records.Count, await db.RecordedCrimes.CountAsync());
        Assert.DoesNotContain("+44", first.Out + first.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCrimes_DemoCsvIntoTheDemoStore_EveryRecordUnchanged()
    {
        // The demo stores its year directly and writes the same year as an extract: importing the
        // extract must find every record identical (times across both clock changes included).
        var demo = await _cli.RunAsync("demo", "--db", "store.db", "--as-of", "2026-11-30", "--csv", "year.csv", "--no-fieldwork");
        var import = await _cli.RunAsync("import", "crimes", "year.csv", "--db", "store.db");

        Assert.True(demo.ExitCode == ExitCodes.Ok, demo.Error);
        Assert.True(import.ExitCode == ExitCodes.Ok, import.Error);
        Assert.Matches(@"\d+ rows: 0 inserted, 0 updated, \d+ unchanged", import.Out);
    }

    [Fact]
    public async Task ImportCrimes_BadRows_ExitOneListingEveryBadRowAndWritesNothing()
    {
        SeedForce();
        WriteFile("bad.csv", w => w.Write(
            "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags\n" +
            "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,\n" +
            "CR2,2026-07-01,28A,crime,EAST,V2,person,34,,L1,sad\n" +
            "CR3,2026-02-30,28A,crime,EAST,V3,person,34,,L1,\n"));

        var result = await _cli.RunAsync("import", "crimes", "bad.csv", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("bad.csv:3: column 'flags': 'sad' is not a known flag", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:4: column 'recorded_at'", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 bad row(s) in bad.csv; nothing was imported", result.Error, StringComparison.Ordinal);
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Assert.Equal(0, await db.RecordedCrimes.CountAsync());
    }

    [Fact]
    public async Task ImportCrimes_MissingFileOrColumn_ExitOne()
    {
        WriteFile("short.csv", w => w.Write("crime_ref,recorded_at\nCR1,2026-07-01\n"));

        var missing = await _cli.RunAsync("import", "crimes", "nope.csv", "--db", "store.db");
        var columns = await _cli.RunAsync("import", "crimes", "short.csv", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, missing.ExitCode);
        Assert.Contains("nope.csv: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, columns.ExitCode);
        Assert.Contains("missing required column(s): offence_code", columns.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RddReleaseAndExport_WriteTheReplicatesAndTheirNumbers()
    {
        // The force's bank file is given once; the second release uses the banks stored for the force.
        SeedForce();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "rdd", "demo-number-banks.csv"), Path.Combine(_cli.WorkDir, "banks.csv"));
        var release = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--seed", "5", "--banks", "banks.csv", "--db", "store.db");
        var again = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--db", "store.db");
        var export = await _cli.RunAsync("rdd", "export", "--month", "2026-12", "--out", "rdd.csv", "--db", "store.db");

        Assert.True(release.ExitCode == ExitCodes.Ok, release.Error);
        Assert.Contains("released replicate(s) 1, 2, 3, 4, 5, 6, 7, 8, 9: 900 numbers, seed 5", release.Out, StringComparison.Ordinal);
        Assert.Contains("still being worked", again.Out, StringComparison.Ordinal);
        Assert.True(export.ExitCode == ExitCodes.Ok, export.Error);
        var lines = await File.ReadAllLinesAsync(Path.Combine(_cli.WorkDir, "rdd.csv"));
        Assert.Equal("month,replicate,number,bank,status,final_disposition", lines[0]);
        Assert.Equal(901, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.True(UkPhoneNumbers.IsGeographicFixedLine(l.Split(',')[2]), "geographic"));
        Assert.StartsWith("2026-12,1,+44", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RddRelease_OwnBankFile_IsUsed()
    {
        SeedForce();
        WriteFile("banks.csv", w => w.Write("area_code,local_prefix,listed_residential\n0113,49600,3\n0113,49601,0\n"));

        var result = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--banks", "banks.csv", "--db", "store.db");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("100 numbers", result.Out, StringComparison.Ordinal);
        Assert.Contains("banks kept 1, dropped 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("fewer numbers than planned", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RddRelease_ForceWithoutBanks_IsRefusedWithWhatToDo()
    {
        SeedForce();

        var result = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal(
            "error: force DEMO has no number banks configured: give its bank file once with --banks FILE (area_code,local_prefix,listed_residential) or set Rdd:BanksFile; later releases use the banks stored for the force.",
            result.Error.Trim());
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Assert.Equal(0, await db.RddNumbers.CountAsync());
    }

    [Fact]
    public async Task RddRelease_NoForceOrUnknownForce_IsRefused()
    {
        var none = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--db", "store.db");
        SeedForce();
        var unknown = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--force", "LANCS", "--db", "store.db");
        var named = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--force", "demo", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, none.ExitCode);
        Assert.Contains("the store has no force yet; set one up with 'satisfaction force init'", none.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, unknown.ExitCode);
        Assert.Contains("--force 'LANCS': no such force; known: DEMO.", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, named.ExitCode);
        Assert.Contains("force DEMO has no number banks configured", named.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RddRelease_TwoForces_ActsForStoreForceOnly_AndTheJobReleasesForEveryForce()
    {
        // Issue 14: `rdd release` took only --force and ignored Store:Force; the job failed on a store with two forces.
        var banks = Path.Combine(AppContext.BaseDirectory, "Data", "rdd", "demo-number-banks.csv");
        var db = Path.Combine(_cli.WorkDir, "store.db");
        SeedForce();
        SeedForce("OTHER", "Other Police");
        using var other = new CliRun(new Dictionary<string, string?> { ["Store:Force"] = "OTHER" });
        using var any = new CliRun(new Dictionary<string, string?> { ["Rdd:BanksFile"] = banks });

        var refused = await _cli.RunAsync("rdd", "release", "--month", "2026-12", "--banks", banks, "--db", db);
        var forOther = await other.RunAsync("rdd", "release", "--month", "2026-12", "--seed", "5", "--banks", banks, "--db", db);
        int otherId, demoId;
        using (var store = SatisfactionDb.Open(db))
        {
            otherId = await store.Forces.Where(f => f.Code == "OTHER").Select(f => f.Id).SingleAsync();
            demoId = await store.Forces.Where(f => f.Code == DemoForce.Code).Select(f => f.Id).SingleAsync();
            Assert.Equal(0, await store.RddReplicates.CountAsync(r => r.ForceId != otherId));
        }

        var job = await any.RunAsync("jobs", "run", "rdd-release", "--db", db);

        Assert.Equal(ExitCodes.UserError, refused.ExitCode);
        Assert.Contains("the store holds 2 forces (DEMO, OTHER); say which with --force CODE", refused.Error, StringComparison.Ordinal);
        Assert.True(forOther.ExitCode == ExitCodes.Ok, forOther.Error);
        Assert.Contains("900 numbers, seed 5", forOther.Out, StringComparison.Ordinal);
        Assert.True(job.ExitCode == ExitCodes.Ok, job.Error);
        Assert.Matches(@"^rdd-release: DEMO: 2026-11: \d+ numbers released in \d+ replicate\(s\); .*; OTHER: 2026-11: \d+ numbers released", job.Out);
        using var after = SatisfactionDb.Open(db);
        Assert.NotEqual(0, await after.RddReplicates.CountAsync(r => r.ForceId == demoId && r.Month == new DateOnly(2026, 11, 1)));
        Assert.NotEqual(0, await after.RddReplicates.CountAsync(r => r.ForceId == otherId && r.Month == new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public async Task RddReleaseHelp_ListsForceAndSaysWhereBanksComeFrom()
    {
        var help = await _cli.RunAsync("rdd", "release", "--help");

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        var plain = System.Text.RegularExpressions.Regex.Replace(help.Out, @"\x1b\[[0-9;]*m", string.Empty);
        var text = string.Join(' ', plain.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--force <CODE>", text, StringComparison.Ordinal);
        Assert.Contains("the store's only force", text, StringComparison.Ordinal);
        Assert.Contains("it becomes the force's configured banks", text, StringComparison.Ordinal);
        Assert.Contains("refused when it has none", text, StringComparison.Ordinal);
        Assert.DoesNotContain("demo", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("--as-of", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rdd", "release", "--month", "2026-13")]
    [InlineData("rdd", "release")]
    [InlineData("rdd", "export", "--month", "2026-12")]
    [InlineData("rdd", "release", "--month", "2026-12", "--banks", "missing.csv")]
    public async Task Rdd_BadOptions_ExitOne(params string[] args)
    {
        var result = await _cli.RunAsync([.. args, "--db", "store.db"]);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    public void Dispose() => _cli.Dispose();

    private void WriteFile(string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(Path.Combine(_cli.WorkDir, name));
        write(writer);
    }

    private void SeedForce(string code = DemoForce.Code, string name = DemoForce.Name)
    {
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        var force = new Force { Code = code, Name = name, CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        db.Divisions.AddRange(DemoForce.Divisions.Select(d => new Division { ForceId = force.Id, Code = d.Code, Name = d.Name }));
        db.SaveChanges();
    }
}
