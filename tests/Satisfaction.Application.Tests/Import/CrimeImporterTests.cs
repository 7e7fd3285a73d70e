using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Import;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Data.Bulk;

namespace Satisfaction.Application.Tests.Import;

public sealed class CrimeImporterTests : IDisposable
{
    private const string Header = "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags";
    private TempStore _store = null!;

    public static TheoryData<StoreProvider> Providers => Satisfaction.Tests.Stores.TestProviders.All;

    private void Use(StoreProvider provider) => _store = new TempStore(provider);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    private static readonly string[] GoodRows =
    [
        "CR1,2026-07-01T14:30,28A,crime,EAST,V1,person,34,0113 496 0123,L1,hate",
        "CR2,2026-10-25T00:30,,asb,WEST,V2,person,51,,L2,",
        "CR3,2026-10-25T01:30,45,crime,SOUTH,V1,person,34,not a phone,L3,repeat_victim",
        "CR4,2026-03-29T01:30,105A,crime,east,V4,organisation,,+44 7700 900001,,",
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_GoodFile_StoresRecordsAndContactsApart(StoreProvider provider)
    {
        Use(provider);
        var result = await ImportAsync(GoodRows);

        Assert.True(result.Committed);
        Assert.Equal((4L, 4L, 0L, 0L), (result.Rows, result.Inserted, result.Updated, result.Unchanged));
        Assert.Equal(1, result.UnusablePhones);
        Assert.Equal(1, result.EmptyPhones);
        await using var db = _store.Open();
        var crimes = await db.RecordedCrimes.AsNoTracking().OrderBy(c => c.CrimeRef).ToListAsync();
        Assert.Equal(["CR1", "CR2", "CR3", "CR4"], crimes.Select(c => c.CrimeRef));
        var cr1 = crimes[0];
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 13, 30, 0, TimeSpan.Zero), cr1.RecordedAt);
        Assert.Equal(new DateOnly(2026, 7, 1), cr1.RecordedDate);
        Assert.Equal(CrimeFlags.Hate, cr1.Flags);
        Assert.Equal(IncidentType.Crime, cr1.IncidentType);
        Assert.Equal("crimes.csv", cr1.SourceFile);
        Assert.Equal(2, cr1.SourceLine);
        Assert.Equal(_time.GetUtcNow(), cr1.FirstImportedAt);
        Assert.Equal(VictimType.Organisation, crimes[3].VictimType);
        Assert.Null(crimes[3].VictimAge);

        var contacts = await db.VictimContacts.AsNoTracking().OrderBy(v => v.VictimId).ToListAsync();
        Assert.Equal(["V1", "V2", "V4"], contacts.Select(c => c.VictimId));
        Assert.Equal("+441134960123", contacts[0].PhoneE164); // the later unusable number did not erase it
        Assert.Null(contacts[1].PhoneE164);
        Assert.Equal("+447700900001", contacts[2].PhoneE164);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_BritishSummerTimeBoundaries_StoredAsUtc(StoreProvider provider)
    {
        Use(provider);
        await ImportAsync(GoodRows);

        await using var db = _store.Open();
        var byRef = await db.RecordedCrimes.AsNoTracking().ToDictionaryAsync(c => c.CrimeRef);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 23, 30, 0, TimeSpan.Zero), byRef["CR2"].RecordedAt); // BST
        Assert.Equal(new DateOnly(2026, 10, 25), byRef["CR2"].RecordedDate); // the local date
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), byRef["CR3"].RecordedAt); // overlap: later (GMT)
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), byRef["CR4"].RecordedAt); // gap: shifted forward
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_BadRows_WritesNothingAndListsEveryBadRow(StoreProvider provider)
    {
        Use(provider);
        var result = await ImportAsync(
        [
            "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,",
            "CR2,2026-07-01,28A,crime,NORTH,V2,person,34,,L1,",
            "CR1,2026-07-02,28A,crime,EAST,V3,person,34,,L1,",
            "CR4,2026-07-01,28A,crime,EAST,V4,person,34,,L1,bogus",
            "CR5,2026-07-01,28A,crime,EAST,V5,person,34,,L1,",
        ]);

        Assert.False(result.Committed);
        Assert.Equal(
            [(3L, "division"), (4L, "crime_ref"), (5L, "flags")],
            result.Errors.Kept.Select(e => (e.Line, e.Column)));
        Assert.Contains("known: EAST, SOUTH, WEST", result.Errors.Kept[0].Reason, StringComparison.Ordinal);
        Assert.Contains("line 2", result.Errors.Kept[1].Reason, StringComparison.Ordinal);
        await using var db = _store.Open();
        Assert.Equal(0, await db.RecordedCrimes.CountAsync());
        Assert.Equal(0, await db.VictimContacts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_SameFileTwice_ChangesNothing(StoreProvider provider)
    {
        Use(provider);
        await ImportAsync(GoodRows);
        await using var before = _store.Open();
        var first = await before.RecordedCrimes.AsNoTracking().OrderBy(c => c.CrimeRef).Select(c => new { c.CrimeRef, c.UpdatedAt, c.Flags }).ToListAsync();
        _time.Advance(TimeSpan.FromDays(1));

        var again = await ImportAsync(GoodRows);

        Assert.Equal((0L, 0L, 4L), (again.Inserted, again.Updated, again.Unchanged));
        await using var after = _store.Open();
        var second = await after.RecordedCrimes.AsNoTracking().OrderBy(c => c.CrimeRef).Select(c => new { c.CrimeRef, c.UpdatedAt, c.Flags }).ToListAsync();
        Assert.Equal(first, second);
        Assert.Equal(3, await after.VictimContacts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_NewFlagOnAnExistingRecord_UpdatesIt(StoreProvider provider)
    {
        Use(provider);
        await ImportAsync(GoodRows);
        _time.Advance(TimeSpan.FromDays(1));
        var changed = GoodRows.ToArray();
        changed[0] = "CR1,2026-07-01T14:30,28A,crime,EAST,V1,person,34,0113 496 0999,L1,hate;do_not_contact";

        var result = await ImportAsync(changed, "crimes-2.csv");

        Assert.Equal((0L, 1L, 3L), (result.Inserted, result.Updated, result.Unchanged));
        await using var db = _store.Open();
        var cr1 = await db.RecordedCrimes.AsNoTracking().SingleAsync(c => c.CrimeRef == "CR1");
        Assert.Equal(CrimeFlags.Hate | CrimeFlags.DoNotContact, cr1.Flags);
        Assert.Equal(_time.GetUtcNow(), cr1.UpdatedAt);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromDays(1), cr1.FirstImportedAt);
        Assert.Equal("crimes-2.csv", cr1.SourceFile);
        Assert.Equal("+441134960999", (await db.VictimContacts.AsNoTracking().SingleAsync(v => v.VictimId == "V1")).PhoneE164);
        var cr2 = await db.RecordedCrimes.AsNoTracking().SingleAsync(c => c.CrimeRef == "CR2");
        Assert.Equal("crimes.csv", cr2.SourceFile);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_Logs_NeverContainPhoneNumbers(StoreProvider provider)
    {
        Use(provider);
        var logger = new ListLogger();
        await using var db = _store.Open();
        var text = string.Join('\n', [Header + ",extra", .. GoodRows.Select(r => r + ",x")]);

        await new CrimeImporter(db, CrimeBulkStores.For(_store.Provider), _time, logger).ImportAsync(new StringReader(text), "crimes.csv");

        Assert.NotEmpty(logger.Lines);
        Assert.DoesNotContain(logger.Lines, l => l.Contains("496", StringComparison.Ordinal) || l.Contains("7700", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.Contains("extra", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_UnknownDivision_NamesTheKnownOnesAndHowToAddOne(StoreProvider provider)
    {
        Use(provider);
        var result = await ImportAsync(["CR1,2026-07-01,28A,crime,NORTH,V1,person,34,,L1,"]);

        var error = Assert.Single(result.Errors.Kept);
        Assert.Equal(
            "'NORTH' is not a division of the force; known: EAST, SOUTH, WEST; add it with `satisfaction force init --code DEMO --divisions ...`",
            error.Reason);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_IncidentCategories_AreStoredAsGivenAndSampledByIncidentType(StoreProvider provider)
    {
        Use(provider);
        // ASB and non-crime hate incidents carry the force's own category in offence_code, not a Home Office code.
        var result = await ImportAsync(
        [
            "ASB1,2026-10-01T10:00,ASB-PERSONAL,asb,EAST,V1,person,34,07700 900001,L1,",
            "ASB2,2026-10-01T11:00,,asb,EAST,V2,person,34,07700 900002,L2,",
            "NCHI1,2026-10-01T12:00,Hate-NCHI,hate_incident,WEST,V3,person,34,07700 900003,L3,hate",
        ]);

        Assert.True(result.Committed, string.Join("; ", result.Errors.Format("crimes.csv")));
        await using var db = _store.Open();
        var codes = await db.RecordedCrimes.AsNoTracking().OrderBy(c => c.CrimeRef).Select(c => c.OffenceCode).ToListAsync();
        Assert.Equal(["ASB-PERSONAL", "", "Hate-NCHI"], codes);
        var explain = new SampleExplainService(db);
        var programmes = ProgrammeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Data", "programmes"));
        var asOf = new DateOnly(2026, 11, 30); // 60 days after the reports: inside the 6 to 12 week window
        var groups = new List<(string?, string?, bool)>();
        foreach (var crimeRef in new[] { "ASB1", "ASB2", "NCHI1" })
        {
            var outcome = (await explain.ExplainAsync(crimeRef, programmes, asOf, CancellationToken.None)).Rules.Outcome;
            groups.Add((outcome.Programme?.Id, outcome.Group?.Id, outcome.IsEligible));
        }

        Assert.Equal([("asb", "asb", true), ("asb", "asb", true), ("uss", "hate", true)], groups);
    }

    public void Dispose() => _store?.Dispose();

    private async Task<CrimeImportResult> ImportAsync(string[] rows, string file = "crimes.csv")
    {
        await using var db = _store.Open();
        var text = string.Join('\n', [Header, .. rows]) + "\n";
        return await new CrimeImporter(db, CrimeBulkStores.For(_store.Provider), _time).ImportAsync(new StringReader(text), file);
    }

    private sealed class ListLogger : ILogger<CrimeImporter>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
