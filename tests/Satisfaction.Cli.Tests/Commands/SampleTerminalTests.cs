using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Cli.Tests.Commands;

/// <summary>
/// Values read from the store reach the terminal escaped, even when they got there before the import refused
/// control characters (an older import, another writer): the draw's table and <c>sample explain</c>.
/// </summary>
public sealed class SampleTerminalTests : IDisposable
{
    private const string CrimeRef = "CR\u001b[31m1[/]";
    private const string Division = "E\u001bS\u0007"; // short: the table wraps at 80 columns
    private readonly CliRun _cli = new();
    private readonly string _programmes = Path.Combine(AppContext.BaseDirectory, "Data", "programmes");

    public SampleTerminalTests()
    {
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        var force = new Force { Code = "DEMO", Name = "Demo", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        var division = new Division { ForceId = force.Id, Code = Division, Name = "East" };
        db.Divisions.Add(division);
        db.SaveChanges();
        var reported = new DateOnly(2026, 10, 1);
        db.RecordedCrimes.Add(new RecordedCrime
        {
            ForceId = force.Id, CrimeRef = CrimeRef,
            RecordedAt = new DateTimeOffset(reported.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            RecordedDate = reported,
            OffenceCode = "28A",
            IncidentType = IncidentType.Crime,
            DivisionId = division.Id,
            VictimId = "V1",
            VictimType = VictimType.Person,
            VictimAge = 40,
            LocationId = "L1",
            FirstImportedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
            SourceFile = "old.csv",
            SourceLine = 2,
        });
        db.VictimContacts.Add(new VictimContact { ForceId = force.Id, VictimId = "V1", PhoneE164 = "+447700900123", UpdatedAt = DateTimeOffset.UnixEpoch });
        db.SaveChanges();
    }

    [Fact]
    public async Task DrawTableAndExplain_ShowStoredControlCharactersAsPictures()
    {
        var draw = await _cli.RunAsync("sample", "--db", "store.db", "--as-of", "2026-11-30", "--programmes", _programmes);
        var explain = await _cli.RunAsync("sample", "explain", CrimeRef, "--db", "store.db", "--as-of", "2026-11-30", "--programmes", _programmes);

        Assert.True(draw.ExitCode == ExitCodes.Ok, draw.Error);
        Assert.Contains("burglary/E\u241bS\u2407", draw.Out, StringComparison.Ordinal);
        Assert.True(explain.ExitCode == ExitCodes.Ok, explain.Error);
        Assert.Contains("crime_ref: CR\u241b[31m1[/]", explain.Out, StringComparison.Ordinal);
        Assert.Contains("stratum: burglary/E\u241bS\u2407", explain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', draw.Out + explain.Out);
        Assert.DoesNotContain('\u0007', draw.Out + explain.Out);
    }

    public void Dispose() => _cli.Dispose();
}
