using System.Globalization;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Sampling;

/// <summary>A temporary SQLite store with a force, three divisions and helpers to add records.</summary>
internal sealed class SamplingStore : IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sampling-tests-" + Guid.NewGuid().ToString("N"));

    public SamplingStore()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "store.db");
        using var db = Open();
        var force = new Force { Code = "DEMO", Name = "Demo", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        foreach (var code in new[] { "EAST", "SOUTH", "WEST" })
        {
            db.Divisions.Add(new Division { ForceId = force.Id, Code = code, Name = code });
        }

        db.SaveChanges();
    }

    public string Path { get; }

    public string Folder => _folder;

    public static IReadOnlyList<SamplingProgramme> Programmes() =>
        ProgrammeCatalog.Load(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "programmes"));

    public SatisfactionDbContext Open() => SatisfactionDb.Open(Path);

    /// <summary>Adds records: crime ref, offence, days before <see cref="AsOf"/>, division, flags, age, phone.</summary>
    public void Add(params (string CrimeRef, string Offence, int DaysBefore, string Division, CrimeFlags Flags, int? Age, bool Phone, string? Victim)[] records)
    {
        using var db = Open();
        var divisions = db.Divisions.ToDictionary(d => d.Code, d => d.Id);
        var forceId = db.Forces.Single().Id;
        var victims = db.VictimContacts.Select(v => v.VictimId).ToHashSet();
        foreach (var r in records)
        {
            var date = AsOf.AddDays(-r.DaysBefore);
            var victim = r.Victim ?? "V-" + r.CrimeRef;
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = forceId, CrimeRef = r.CrimeRef,
                RecordedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
                RecordedDate = date,
                OffenceCode = r.Offence,
                IncidentType = r.Offence.Length == 0 ? IncidentType.Asb : IncidentType.Crime,
                DivisionId = divisions[r.Division],
                VictimId = victim,
                VictimType = VictimType.Person,
                VictimAge = r.Age,
                LocationId = "L1",
                Flags = r.Flags,
                FirstImportedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
                SourceFile = "test.csv",
                SourceLine = 2,
            });
            if (victims.Add(victim))
            {
                db.VictimContacts.Add(new VictimContact { ForceId = forceId, VictimId = victim, PhoneE164 = r.Phone ? "+447700900123" : null, Name = "Test Person", UpdatedAt = DateTimeOffset.UnixEpoch });
            }
        }

        db.SaveChanges();
    }

    /// <summary>Adds eligible ASB incidents (division EAST) at <paramref name="location"/>: crime ref and days before <see cref="AsOf"/>.</summary>
    public void AddAsbAt(string location, params (string CrimeRef, int DaysBefore)[] incidents)
    {
        Add([.. incidents.Select(i => (i.CrimeRef, "", i.DaysBefore, "EAST", CrimeFlags.None, (int?)30, true, (string?)null))]);
        using var db = Open();
        var refs = incidents.Select(i => i.CrimeRef).ToList();
        foreach (var crime in db.RecordedCrimes.Where(c => refs.Contains(c.CrimeRef)))
        {
            crime.LocationId = location;
        }

        db.SaveChanges();
    }

    /// <summary>Adds <paramref name="count"/> eligible burglaries spread over divisions and the window.</summary>
    public void AddEligible(int count, string prefix = "CR", int firstDay = 42)
    {
        string[] divisions = ["EAST", "SOUTH", "WEST"];
        Add([.. Enumerable.Range(0, count).Select(i => (
            prefix + i.ToString("D5", CultureInfo.InvariantCulture), i % 2 == 0 ? "28A" : "45", firstDay + (i % 40),
            divisions[i % 3], CrimeFlags.None, (int?)30, true, (string?)null))]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
