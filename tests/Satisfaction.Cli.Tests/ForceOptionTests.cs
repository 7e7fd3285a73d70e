using Microsoft.EntityFrameworkCore;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Cli.Tests;

/// <summary>The global <c>--force CODE</c> option (issue 14): which force a store command acts for.</summary>
public sealed class ForceOptionTests : IDisposable
{
    private const string Header = "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags";
    private readonly CliRun _cli = new();

    [Fact]
    public async Task StoreCommands_TwoForcesWithTheSameDivisionCode_NeedForceAndActForThatForceOnly()
    {
        // Given two forces that both have a division EAST, and one extract whose crime refs both forces use
        Seed(("LANCS", "Lancashire"), ("YORKS", "South Yorkshire"));
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkDir, "extract.csv"), Header + "\nCR1,2026-10-01T10:00,28A,crime,EAST,V1,person,40,0113 496 0001,L1,\n");

        // When
        var guessed = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db");
        var unknown = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db", "--force", "DURHAM");
        var lancs = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db", "--force", "LANCS");
        var yorks = await _cli.RunAsync("import", "crimes", "extract.csv", "--force=yorks", "--db", "store.db");
        var again = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db", "--force", "LANCS");

        // Then
        Assert.Equal(ExitCodes.UserError, guessed.ExitCode);
        Assert.Contains("error: the store holds 2 forces (LANCS, YORKS); say which with --force CODE", guessed.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UserError, unknown.ExitCode);
        Assert.Contains("--force 'DURHAM': no such force; known: LANCS, YORKS.", unknown.Error, StringComparison.Ordinal);
        Assert.True(lancs.ExitCode == ExitCodes.Ok, lancs.Error);
        Assert.True(yorks.ExitCode == ExitCodes.Ok, yorks.Error);
        Assert.Contains("1 rows: 1 inserted", yorks.Out, StringComparison.Ordinal);
        Assert.Contains("0 inserted, 0 updated, 1 unchanged", again.Out, StringComparison.Ordinal);
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        var rows = await db.RecordedCrimes.Include(c => c.Division).ThenInclude(d => d!.Force).OrderBy(c => c.Division!.Force!.Code).ToListAsync();
        Assert.Equal(["LANCS", "YORKS"], rows.Select(c => c.Division!.Force!.Code));
        Assert.All(rows, c => Assert.Equal(c.Division!.ForceId, c.ForceId));
    }

    [Fact]
    public async Task StoreCommands_OneForce_NeedNoForceOption()
    {
        Seed(("LANCS", "Lancashire"));
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkDir, "extract.csv"), Header + "\nCR1,2026-10-01T10:00,28A,crime,EAST,V1,person,40,,L1,\n");

        var result = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("1 inserted", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private void Seed(params (string Code, string Name)[] forces)
    {
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        foreach (var (code, name) in forces)
        {
            var force = new Force { Code = code, Name = name, CreatedAt = DateTimeOffset.UnixEpoch };
            db.Forces.Add(force);
            db.SaveChanges();
            db.Divisions.AddRange(new Division { ForceId = force.Id, Code = "EAST", Name = "East" }, new Division { ForceId = force.Id, Code = "WEST", Name = "West" });
            db.SaveChanges();
        }
    }
}
