using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Exports;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Import;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Rdd;
using Satisfaction.Application.Retention;
using Satisfaction.Application.Ringback;
using Satisfaction.Application.Sampling;
using Satisfaction.Application.Scores;
using Satisfaction.Application.Tests.Sampling;
using Satisfaction.Application.Tests.Scores;
using Satisfaction.Core;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Data;
using Satisfaction.Data.Bulk;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Queue;

namespace Satisfaction.Application.Tests.Forces;

/// <summary>
/// Issue 14: two forces in one store, both with a division EAST and the same crime references and victim ids. Every
/// use case scoped to one force sees and changes only that force's rows: the other force's rows are the same before
/// and after, and force DEMO's scores and export are the same whether or not force OTHER is in the store.
/// </summary>
public sealed class ForceIsolationTests
{
    private static readonly DateOnly AsOf = SamplingStore.AsOf;
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
    private const string Key = "an export key of at least thirty-two characters";

    public static TheoryData<StoreProvider> Providers => Satisfaction.Tests.Stores.TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoForcesWithTheSameDivisionsAndReferences_EachForceSeesAndChangesOnlyItsOwnRows(StoreProvider provider)
    {
        using var alone = new TempStore(provider);
        using var shared = new TempStore(provider);
        await AddOtherForceAsync(shared);

        // Force DEMO's work, in the store on its own and in the shared store, with force OTHER's work between its steps.
        var aloneResult = await RunDemoAsync(alone, otherBetween: null);
        var sharedResult = await RunDemoAsync(shared, otherBetween: async step =>
        {
            var before = await SnapshotAsync(shared, "DEMO");
            await OtherStepAsync(shared, step);
            Assert.Equal(before, await SnapshotAsync(shared, "DEMO"));
        });

        Assert.Equal(aloneResult, sharedResult);

        // Force OTHER's own work happened, in its own rows only.
        await using var db = shared.Open();
        var other = await db.Forces.SingleAsync(f => f.Code == "OTHER");
        var otherEast = await db.Divisions.SingleAsync(d => d.ForceId == other.Id && d.Code == "EAST");
        Assert.Equal(40, await db.RecordedCrimes.CountAsync(c => c.ForceId == other.Id));
        Assert.All(await db.RecordedCrimes.Where(c => c.ForceId == other.Id).ToListAsync(), c => Assert.Equal(otherEast.Id, c.DivisionId));
        // OTHER's retention (two years on) purged the phones of its six interviewed victims, and no DEMO victim's.
        Assert.Equal(34, await db.VictimContacts.CountAsync(v => v.ForceId == other.Id && v.PhoneE164!.StartsWith("+44161")));
        Assert.Equal(6, await db.VictimContacts.CountAsync(v => v.ForceId == other.Id && v.PhoneE164 == null));
        Assert.Equal(40, await db.VictimContacts.CountAsync(v => v.ForceId != other.Id && v.PhoneE164!.StartsWith("+44113")));
        Assert.NotEqual(0, await db.SampledCases.CountAsync(c => c.ForceId == other.Id));
        Assert.NotEqual(0, await db.RddReplicates.CountAsync(r => r.ForceId == other.Id));
        Assert.Equal(0, await db.RddReplicates.CountAsync(r => r.ForceId != other.Id));
        Assert.NotEqual(0, await db.CallCases.CountAsync(c => c.ForceId == other.Id && c.Attempts == 1));

        // A force's command cannot reach the other force's cases by id.
        var otherCase = await db.CallCases.Where(c => c.ForceId == other.Id).Select(c => c.Id).FirstAsync();
        var (desk, deskDb) = Desk(shared, "DEMO");
        await using (deskDb)
        {
            var ex = await Assert.ThrowsAsync<InvalidInputException>(() => desk.ReleaseAsync(otherCase, "alice"));
            Assert.Contains("there is no ring-back case", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Draw_WhileAnotherForceIsDrawing_RunsAtOnceOnPostgreSqlAndWaitsForTheStoreOnSqlite(StoreProvider provider)
    {
        // Given force OTHER's draw holding its write (as a node drawing for it would)
        using var store = new TempStore(provider);
        await AddOtherForceAsync(store);
        await ImportAsync(store, "DEMO", "0113 496", 1);
        await using var holder = store.Open();
        var otherId = (await holder.Forces.SingleAsync(f => f.Code == "OTHER")).Id;
        await using var holding = await holder.Database.BeginForceWriteAsync("the draw of OTHER", otherId, CancellationToken.None);

        // When force DEMO's weekly draw runs on another node, waiting at most 300 ms
        await using var db = SatisfactionDb.CreateContext(store.WithBusyTimeout(300));
        var draws = new SampleDrawService(db, Clock, Scope(db, "DEMO"));
        var request = new SampleRunRequest(AsOf, 11, false, SamplingStore.Programmes());

        // Then on PostgreSQL it draws and stores at once; SQLite has one writer a file, so there it is refused as busy
        if (provider == StoreProvider.PostgreSql)
        {
            var run = await draws.RunAsync(request, CancellationToken.None);
            Assert.NotNull(run.DrawId);
            Assert.NotEmpty(run.Draw.Sampled);
            await using var check = store.Open();
            Assert.Equal(run.Draw.Sampled.Count, await check.SampledCases.CountAsync(c => c.SampleDrawId == run.DrawId && c.ForceId != otherId));
        }
        else
        {
            var ex = await Assert.ThrowsAsync<InvalidInputException>(() => draws.RunAsync(request, CancellationToken.None));
            Assert.StartsWith("the weekly draw: the store is busy", ex.Message, StringComparison.Ordinal);
        }

        await holding.RollbackAsync();
    }

    [Fact]
    public async Task ForceScope_SeveralForcesAndNoCode_IsRefusedNamingThem()
    {
        using var store = new TempStore();
        await AddOtherForceAsync(store);
        await using var db = store.Open();

        var several = await Assert.ThrowsAsync<InvalidInputException>(() => new ForceScope(db, (string?)null).GetAsync(CancellationToken.None));
        Assert.Equal("the store holds 2 forces (DEMO, OTHER); say which with --force CODE", several.Message);
        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => new ForceScope(db, "NOPE").GetAsync(CancellationToken.None));
        Assert.Equal("--force 'NOPE': no such force; known: DEMO, OTHER.", unknown.Message);
        Assert.Equal("OTHER", (await new ForceScope(db, "other").GetAsync(CancellationToken.None)).Code);
    }

    /// <summary>Import, draw, ring-back, interviews, retention for DEMO; returns its draw, scores and export.</summary>
    private static async Task<string> RunDemoAsync(TempStore store, Func<int, Task>? otherBetween)
    {
        var result = new StringBuilder();
        await ImportAsync(store, "DEMO", "0113 496", 1);
        await (otherBetween?.Invoke(1) ?? Task.CompletedTask);

        result.AppendLine(await DrawAsync(store, "DEMO"));
        await (otherBetween?.Invoke(2) ?? Task.CompletedTask);

        result.AppendLine(await RingBackAsync(store, "DEMO"));
        await (otherBetween?.Invoke(3) ?? Task.CompletedTask);

        await InterviewAsync(store, "DEMO", 4);
        await (otherBetween?.Invoke(4) ?? Task.CompletedTask);

        await using (var db = store.Open())
        {
            var scores = await new ScoresService(db, new QuestionnaireLibrary(), ScoreOptions(), Scope(db, "DEMO")).RunAsync(new ScoreRequest(AsOf), CancellationToken.None);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            ScoresOutput.WriteJson(writer, scores);
            Assert.NotEmpty(scores.Estimates);
            result.AppendLine(writer.ToString());
        }

        foreach (var what in new[] { "responses", "cases", "attempts" })
        {
            var file = Path.Combine(store.Folder, $"demo-{what}.csv");
            await using var db = store.Open();
            var export = new ExportService(db, new QuestionnaireLibrary(), Options.Create(new ExportOptions { PseudonymKey = Key }), ScoreOptions(), Scope(db, "DEMO"));
            await export.ExportAsync(new ExportRequest(what, "csv", file, AsOf), CancellationToken.None);
            result.AppendLine(await File.ReadAllTextAsync(file));
        }

        return result.ToString();
    }

    /// <summary>The same kinds of work for OTHER, on its own rows, with the same crime references and victim ids.</summary>
    private static async Task OtherStepAsync(TempStore store, int step)
    {
        switch (step)
        {
            case 1:
                await ImportAsync(store, "OTHER", "0161 496", 2);
                break;
            case 2:
                await DrawAsync(store, "OTHER");
                await using (var db = store.Open())
                {
                    var force = await new ForceScope(db, "OTHER").IdAsync(CancellationToken.None);
                    using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "rdd", "demo-number-banks.csv"));
                    var banks = Core.Rdd.NumberBankCsv.Parse(reader, "demo-number-banks.csv");
                    await new RddReleaseService(db, Clock).ReleaseAsync(force, new DateOnly(2026, 11, 1), banks, seed: 5);
                }

                break;
            case 3:
                await RingBackAsync(store, "OTHER");
                break;
            default:
                await InterviewAsync(store, "OTHER", 1);
                await using (var db = store.Open())
                {
                    var later = new FakeTimeProvider(Clock.GetUtcNow().AddYears(2));
                    await new RetentionService(db, Options.Create(new RetentionOptions { Days = 1 }), later, Scope(db, "OTHER")).RunAsync();
                }

                break;
        }
    }

    private static async Task AddOtherForceAsync(TempStore store)
    {
        await using var db = store.Open();
        var other = new Force { Code = "OTHER", Name = "Other Police", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(other);
        await db.SaveChangesAsync();
        db.Divisions.AddRange(new Division { ForceId = other.Id, Code = "EAST", Name = "East" }, new Division { ForceId = other.Id, Code = "WEST", Name = "West" });
        await db.SaveChangesAsync();
    }

    /// <summary>40 burglaries in division EAST, crime refs CR01.. and victims V01.., landline phones with <paramref name="prefix"/>.</summary>
    private static async Task ImportAsync(TempStore store, string force, string prefix, int dayShift)
    {
        var csv = new StringBuilder("crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags\n");
        for (var i = 1; i <= 40; i++)
        {
            var date = AsOf.AddDays(-50 - (i % 20) - dayShift);
            csv.Append(CultureInfo.InvariantCulture, $"CR{i:00},{date:yyyy-MM-dd}T10:00,28A,crime,EAST,V{i:00},person,{30 + i},{prefix} 0{i:000},L{i},\n");
        }

        await using var db = store.Open();
        var importer = new CrimeImporter(db, CrimeBulkStores.For(store.Provider), Clock, null, Scope(db, force));
        var result = await importer.ImportAsync(new StringReader(csv.ToString()), $"{force}.csv");
        Assert.True(result.Committed, string.Join("; ", result.Errors.Format(force)));
        Assert.Equal(40, result.Inserted);
    }

    private static async Task<string> DrawAsync(TempStore store, string force)
    {
        await using var db = store.Open();
        var run = await new SampleDrawService(db, Clock, Scope(db, force)).RunAsync(new SampleRunRequest(AsOf, 11, false, SamplingStore.Programmes()), CancellationToken.None);
        Assert.NotEmpty(run.Draw.Sampled);
        return string.Join(",", run.Draw.Sampled.Select(s => s.CrimeRef).Order(StringComparer.Ordinal));
    }

    /// <summary>A handler takes the next case of the force's queue and records a refusal; returns the case's crime ref.</summary>
    private static async Task<string> RingBackAsync(TempStore store, string force)
    {
        var (desk, db) = Desk(store, force);
        await using (db)
        {
            var next = await desk.NextAsync("alice");
            Assert.NotNull(next.Claim);
            await desk.RecordAsync(new RecordRequest(next.Claim.CaseId, "alice", CallOutcome.Refusal));
            var forceId = (await db.Forces.SingleAsync(f => f.Code == force)).Id;
            var called = await db.CallCases.AsNoTracking().SingleAsync(c => c.Id == next.Claim.CaseId);
            Assert.Equal(forceId, called.ForceId);
            return await db.SampledCases.Where(s => s.Id == called.SampledCaseId).Select(s => s.CrimeRef).SingleAsync();
        }
    }

    /// <summary>Completed interviews (as the SMS recorder stores them) for the force's first sampled cases still pending.</summary>
    private static async Task InterviewAsync(TempStore store, string force, int code)
    {
        await using var db = store.Open();
        var forceId = (await db.Forces.SingleAsync(f => f.Code == force)).Id;
        var cases = await db.SampledCases.Where(c => c.ForceId == forceId && c.Status == CaseStatus.Pending).OrderBy(c => c.Id).Take(6).ToListAsync();
        var at = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
        foreach (var c in cases)
        {
            var interview = new Interview { SampledCaseId = c.Id, QuestionnaireId = "uss-burglary", QuestionnaireVersion = "2026.1", Mode = InterviewMode.Sms, StartedAt = at, CompletedAt = at };
            db.Interviews.Add(interview);
            await db.SaveChangesAsync();
            foreach (var (question, answer) in FieldworkStore.Five(code))
            {
                db.Answers.Add(new Answer { InterviewId = interview.Id, QuestionId = question, Code = answer, AnsweredAt = at });
            }

            db.ContactAttempts.Add(new ContactAttempt { SampledCaseId = c.Id, Channel = Data.Entities.ContactChannel.Sms, At = at, Outcome = "delivered", Disposition = "1.1" });
            c.Status = CaseStatus.Completed;
            c.FinalDisposition = "1.1";
            c.ClosedAt = at;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Every row of the force, as text: counts and contents of each force-owned table.</summary>
    private static async Task<string> SnapshotAsync(TempStore store, string force)
    {
        await using var db = store.Open();
        var id = (await db.Forces.SingleAsync(f => f.Code == force)).Id;
        var text = new StringBuilder();
        void Add<T>(string table, IEnumerable<T> rows) => text.AppendLine(CultureInfo.InvariantCulture, $"{table}: {string.Join(" | ", rows)}");
        Add("crimes", await db.RecordedCrimes.Where(c => c.ForceId == id).OrderBy(c => c.Id).Select(c => new { c.Id, c.CrimeRef, c.DivisionId, c.VictimId, c.UpdatedAt }).ToListAsync());
        Add("contacts", await db.VictimContacts.Where(v => v.ForceId == id).OrderBy(v => v.Id).Select(v => new { v.Id, v.VictimId, v.PhoneE164, v.Name, v.UpdatedAt }).ToListAsync());
        Add("draws", await db.SampleDraws.Where(d => d.ForceId == id).OrderBy(d => d.Id).Select(d => new { d.Id, d.AsOf, d.Status }).ToListAsync());
        Add("considered", await db.DrawConsiderations.Where(c => c.ForceId == id).OrderBy(c => c.Id).Select(c => new { c.Id, c.CrimeRef, c.Outcome }).ToListAsync());
        Add("cases", await db.SampledCases.Where(c => c.ForceId == id).OrderBy(c => c.Id).Select(c => new { c.Id, c.Status, c.FinalDisposition, c.ClosedAt }).ToListAsync());
        Add("replicates", await db.RddReplicates.Where(r => r.ForceId == id).OrderBy(r => r.Id).Select(r => new { r.Id, r.Month, r.Number }).ToListAsync());
        Add("calls", await db.CallCases.Where(c => c.ForceId == id).OrderBy(c => c.Id).Select(c => new { c.Id, c.Status, c.Attempts, c.Disposition, c.LockedBy }).ToListAsync());
        Add("snapshots", await db.ScoreSnapshots.Where(s => s.ForceId == id).OrderBy(s => s.Id).Select(s => new { s.Id, s.AsOf }).ToListAsync());
        return text.ToString();
    }

    private static (RingbackDesk Desk, SatisfactionDbContext Db) Desk(TempStore store, string force)
    {
        var db = store.Open();
        var options = new RingbackOptions { QuestionnairesPath = FieldworkStore.QuestionnairesFolder, SmsFirst = false };
        var windows = new ContactWindows(new ContactHoursOptions(), new BankHolidayCalendar(BankHolidayFile.Shipped()));
        var policy = new RingbackPolicy(Options.Create(options), Options.Create(new RddOptions()), windows);
        var sampling = Options.Create(new SamplingOptions());
        var scope = Scope(db, force);
        var scripts = new RingbackScripts(new QuestionnaireLibrary(), Options.Create(options));
        return (new RingbackDesk(db, CallQueueLocks.For(store.Provider), policy, scripts, new RingbackQueueBuilder(db, policy, sampling, scope), Clock, scope), db);
    }

    private static ForceScope Scope(SatisfactionDbContext db, string force) => new(db, force);

    private static IOptions<ScoreOptions> ScoreOptions() => Options.Create(new ScoreOptions { QuestionnairesPath = FieldworkStore.QuestionnairesFolder });
}
