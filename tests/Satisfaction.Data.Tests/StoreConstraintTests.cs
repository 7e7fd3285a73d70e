using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Tests;

public sealed class StoreConstraintTests
{
    [Fact]
    public void SaveChanges_DuplicateCrimeRef_IsRejected()
    {
        using var store = new TempStore();
        Division division;
        using (var db = SatisfactionDb.Open(store.Path))
        {
            division = SeedDivision(db);
            db.RecordedCrimes.Add(Crime("C-1", division));
            db.SaveChanges();
        }

        using var second = SatisfactionDb.Open(store.Path);
        second.RecordedCrimes.Add(Crime("C-1", division));
        var ex = Assert.Throws<DbUpdateException>(() => second.SaveChanges());
        Assert.Contains("UNIQUE constraint failed: recorded_crimes.force_id, recorded_crimes.crime_ref", ex.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveChanges_SameCrimeRefInAnotherForce_IsAnotherRecord()
    {
        using var store = new TempStore();
        using var db = SatisfactionDb.Open(store.Path);
        var demo = SeedDivision(db);
        var other = SeedDivision(db, "OTHER");
        db.RecordedCrimes.AddRange(Crime("C-1", demo), Crime("C-1", other));
        db.SaveChanges();

        Assert.Equal([demo.ForceId, other.ForceId], db.RecordedCrimes.Where(c => c.CrimeRef == "C-1").OrderBy(c => c.ForceId).Select(c => c.ForceId).ToList());
    }

    [Fact]
    public void SaveChanges_CrimeConsideredByTwoDraws_IsRejected()
    {
        using var store = new TempStore();
        using var db = SatisfactionDb.Open(store.Path);
        var division = SeedDivision(db);
        db.RecordedCrimes.Add(Crime("C-1", division));
        var first = new SampleDraw { ForceId = division.ForceId, AsOf = new DateOnly(2026, 9, 1), WindowStart = new DateOnly(2026, 6, 1), WindowEnd = new DateOnly(2026, 7, 1), AllocationMethod = "census" };
        var second = new SampleDraw { ForceId = division.ForceId, AsOf = new DateOnly(2026, 9, 8), WindowStart = new DateOnly(2026, 6, 8), WindowEnd = new DateOnly(2026, 7, 8), AllocationMethod = "census" };
        db.SampleDraws.AddRange(first, second);
        db.SaveChanges();
        db.DrawConsiderations.Add(new DrawConsideration { ForceId = division.ForceId, SampleDrawId = first.Id, CrimeRef = "C-1", Outcome = ConsiderationOutcome.NotSampled, InclusionProbability = 0.5 });
        db.SaveChanges();

        db.DrawConsiderations.Add(new DrawConsideration { ForceId = division.ForceId, SampleDrawId = second.Id, CrimeRef = "C-1", Outcome = ConsiderationOutcome.Sampled, InclusionProbability = 0.5 });
        Assert.Throws<DbUpdateException>(() => db.SaveChanges());
    }

    [Fact]
    public void SaveChanges_ConsiderationOfUnknownCrime_IsRejectedByForeignKey()
    {
        using var store = new TempStore();
        using var db = SatisfactionDb.Open(store.Path);
        var division = SeedDivision(db);
        var draw = new SampleDraw { ForceId = division.ForceId, AsOf = new DateOnly(2026, 9, 1), WindowStart = new DateOnly(2026, 6, 1), WindowEnd = new DateOnly(2026, 7, 1), AllocationMethod = "census" };
        db.SampleDraws.Add(draw);
        db.SaveChanges();
        db.DrawConsiderations.Add(new DrawConsideration { ForceId = division.ForceId, SampleDrawId = draw.Id, CrimeRef = "NOPE", Outcome = ConsiderationOutcome.Excluded, ReasonCode = "x" });
        var ex = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        Assert.Contains("FOREIGN KEY", ex.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveChanges_TextLongerThanColumn_ThrowsWithoutEchoingTheValue()
    {
        using var store = new TempStore();
        using var db = SatisfactionDb.Open(store.Path);
        db.VictimContacts.Add(new VictimContact { ForceId = SeedDivision(db).ForceId, VictimId = "V1", PhoneE164 = "+4477009001234567890", UpdatedAt = DateTimeOffset.UnixEpoch });
        var ex = Assert.Throws<InvalidInputException>(() => db.SaveChanges());
        Assert.Equal("VictimContact.PhoneE164 is 20 characters long; the store keeps at most 16.", ex.Message);
        Assert.DoesNotContain("77009001234567890", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveChanges_ChangedAuditEntry_IsRefused()
    {
        using var store = new TempStore();
        using var db = SatisfactionDb.Open(store.Path);
        var entry = new AuditLogEntry { At = DateTimeOffset.UnixEpoch, Actor = "a", Action = "b", Subject = "c" };
        db.AuditLog.Add(entry);
        db.SaveChanges();

        entry.Action = "rewritten";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.Entry(entry).State = EntityState.Deleted;
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Fact]
    public void RawSql_UpdateOrDeleteOfAuditLog_IsAbortedByTrigger()
    {
        using var store = new TempStore();
        using (var db = SatisfactionDb.Open(store.Path))
        {
            db.AuditLog.Add(new AuditLogEntry { At = DateTimeOffset.UnixEpoch, Actor = "a", Action = "b", Subject = "c" });
            db.SaveChanges();
            var update = Assert.Throws<SqliteException>(() => db.Database.ExecuteSqlRaw("UPDATE audit_log SET action = 'x'"));
            Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
            Assert.Throws<SqliteException>(() => db.Database.ExecuteSqlRaw("DELETE FROM audit_log"));
        }

        using var fresh = SatisfactionDb.Open(store.Path);
        Assert.Equal("b", fresh.AuditLog.Single().Action);
    }

    [Fact]
    public void SaveChanges_ContactAttemptWithoutCase_IsRejectedByCheck()
    {
        using var store = new TempStore();
        using var db = SatisfactionDb.Open(store.Path);
        db.ContactAttempts.Add(new ContactAttempt { At = DateTimeOffset.UnixEpoch, Outcome = "x", Disposition = "3.13" });
        var ex = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        Assert.Contains("ck_contact_attempts_one_case", ex.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_InstantsAcrossOffsets_CompareAndOrderAsInstants()
    {
        using var store = new TempStore();
        using var db = SatisfactionDb.Open(store.Path);
        var division = SeedDivision(db);
        var early = Crime("EARLY", division);
        early.RecordedAt = new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.FromHours(1)); // 08:30 UTC
        var late = Crime("LATE", division);
        late.RecordedAt = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero); // 09:00 UTC
        db.RecordedCrimes.AddRange(late, early);
        db.SaveChanges();

        var cut = new DateTimeOffset(2026, 7, 1, 9, 45, 0, TimeSpan.FromHours(1)); // 08:45 UTC
        Assert.Equal(["EARLY", "LATE"], db.RecordedCrimes.OrderBy(c => c.RecordedAt).Select(c => c.CrimeRef).ToList());
        Assert.Equal(["LATE"], db.RecordedCrimes.Where(c => c.RecordedAt > cut).Select(c => c.CrimeRef).ToList());
    }

    private static Division SeedDivision(SatisfactionDbContext db, string force = "DEMO")
    {
        var entity = new Force { Code = force, Name = force, CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(entity);
        db.SaveChanges();
        var division = new Division { ForceId = entity.Id, Code = "EAST", Name = "East" };
        db.Divisions.Add(division);
        db.SaveChanges();
        return division;
    }

    private static RecordedCrime Crime(string crimeRef, Division division) => new()
    {
        ForceId = division.ForceId,
        CrimeRef = crimeRef,
        RecordedAt = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero),
        RecordedDate = new DateOnly(2026, 7, 1),
        OffenceCode = "28A",
        DivisionId = division.Id,
        VictimId = "V-" + crimeRef,
        SourceFile = "t.csv",
        SourceLine = 2,
    };
}
