using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Import;
using Satisfaction.Application.Retention;
using Satisfaction.Data.Bulk.Sqlite;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Daily;

public sealed class InboxAndRetentionTests
{
    private const string Header = "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,victim_dob,phone,location_id,flags\n";
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private static async Task<InboxRunResult> RunInboxAsync(TempStore store, string inbox)
    {
        using var db = store.Open();
        var importer = new CrimeImporter(db, new SqliteCrimeBulkStore(), Clock);
        return await new InboxImportService(db, importer, Options.Create(new ImportOptions { Inbox = inbox }), Clock, NullLogger<InboxImportService>.Instance).RunAsync();
    }

    [Fact]
    public async Task Inbox_GoodFileImportedOnce_SameContentUnderAnotherNameOnlyMoved_BadFileToFailedWithErrors()
    {
        using var store = new TempStore();
        var inbox = Path.Combine(store.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        var good = Header + "CR1,2026-10-01T10:00:00,28A,crime,EAST,V1,person,30,,07700 900001,L1,\n";
        await File.WriteAllTextAsync(Path.Combine(inbox, "a.csv"), good);
        await File.WriteAllTextAsync(Path.Combine(inbox, "b.csv"), Header + "CR2,2026-10-01T10:00:00,28A,crime,NORTH,V2,person,30,,,L2,\n");

        var first = await RunInboxAsync(store, inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "a-again.csv"), good);
        var second = await RunInboxAsync(store, inbox);

        Assert.Equal((1, 0, 1), (first.Imported, first.AlreadyImported, first.Failed));
        Assert.Equal((0, 1, 0), (second.Imported, second.AlreadyImported, second.Failed));
        Assert.Empty(Directory.GetFiles(inbox, "*.csv"));
        Assert.True(File.Exists(Path.Combine(inbox, "processed", "a.csv")));
        Assert.True(File.Exists(Path.Combine(inbox, "processed", "a-again.csv")));
        Assert.True(File.Exists(Path.Combine(inbox, "failed", "b.csv")));
        var errors = await File.ReadAllTextAsync(Path.Combine(inbox, "failed", "b.csv.errors.txt"));
        Assert.Contains("b.csv:2: column 'division': 'NORTH' is not a division of the force; known: EAST, SOUTH, WEST", errors, StringComparison.Ordinal);
        using var db = store.Open();
        Assert.Equal(1, await db.RecordedCrimes.CountAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "import_crimes"));
        Assert.Equal(["failed", "imported"], await db.InboxFiles.OrderBy(f => f.Outcome).Select(f => f.Outcome).ToListAsync());
    }

    [Fact]
    public async Task Retention_PurgesOnlyVictimsWhoseCasesAllClosedLongEnoughAgo_OnceAndByCounts()
    {
        using var store = new TempStore();
        using (var db = store.Open())
        {
            var division = await db.Divisions.FirstAsync();
            var programme = new SurveyProgramme { ForceId = division.ForceId, Code = "uss", Name = "uss", QuestionnaireId = "uss" };
            db.SurveyProgrammes.Add(programme);
            var draw = new SampleDraw { ForceId = division.ForceId, ProgrammeCodes = ["uss"], AsOf = new DateOnly(2026, 6, 1), WindowStart = new DateOnly(2026, 3, 1), WindowEnd = new DateOnly(2026, 4, 1), AllocationMethod = "census", Status = SampleDrawStatus.Completed };
            db.SampleDraws.Add(draw);
            await db.SaveChangesAsync();
            foreach (var (victim, closedDaysAgo) in new[] { ("OLD", 91), ("RECENT", 89), ("OPEN", -1) })
            {
                db.RecordedCrimes.Add(new RecordedCrime { ForceId = division.ForceId, CrimeRef = "CR-" + victim, RecordedAt = Clock.GetUtcNow().AddDays(-200), RecordedDate = new DateOnly(2026, 5, 14), OffenceCode = "28A", DivisionId = division.Id, VictimId = victim, SourceFile = "x", SourceLine = 2 });
                db.VictimContacts.Add(new VictimContact { ForceId = division.ForceId, VictimId = victim, PhoneE164 = "+447700900001", Name = "Name", UpdatedAt = Clock.GetUtcNow() });
                await db.SaveChangesAsync();
                db.SampledCases.Add(new SampledCase
                {
                    ForceId = division.ForceId, SampleDrawId = draw.Id, CrimeRef = "CR-" + victim, VictimId = victim, SurveyProgrammeId = programme.Id, UserGroup = "burglary", DivisionId = division.Id, Stratum = "s",
                    InclusionProbability = 1, DesignWeight = 1, Status = closedDaysAgo < 0 ? CaseStatus.InProgress : CaseStatus.Closed,
                    ClosedAt = closedDaysAgo < 0 ? null : Clock.GetUtcNow().AddDays(-closedDaysAgo),
                });
                await db.SaveChangesAsync();
            }
        }

        RetentionResult first, second;
        using (var db = store.Open())
        {
            first = await new RetentionService(db, Options.Create(new RetentionOptions()), Clock).RunAsync();
        }

        using (var db = store.Open())
        {
            second = await new RetentionService(db, Options.Create(new RetentionOptions()), Clock).RunAsync();
        }

        Assert.Equal((1, 1, 1), (first.Contacts, first.Phones, first.Names));
        Assert.Equal(0, second.Contacts);
        using var check = store.Open();
        Assert.Equal(["OPEN", "RECENT"], await check.VictimContacts.Where(v => v.PhoneE164 != null).Select(v => v.VictimId).OrderBy(v => v).ToListAsync());
        var audit = await check.AuditLog.SingleAsync(a => a.Action == "retention.purge");
        Assert.Contains("\"contacts\":1,\"phones\":1,\"names\":1,\"days\":90", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("+44", audit.Details, StringComparison.Ordinal);
    }
}
