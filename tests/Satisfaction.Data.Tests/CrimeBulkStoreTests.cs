using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Core.Crimes;
using Satisfaction.Data.Bulk;
using Satisfaction.Data.Bulk.PostgreSql;
using Satisfaction.Data.Bulk.Sqlite;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Hosting;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Data.Tests;

/// <summary>The bulk import on each provider (SQLite staging statement, PostgreSQL binary COPY): same counts, same rows.</summary>
public sealed class CrimeBulkStoreTests : IDisposable
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private TestDatabase _store = null!;
    private int _east;
    private int _forceId;

    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    private void Setup(StoreProvider provider)
    {
        _store = TestDatabase.Create(provider);
        using var db = _store.Open();
        var force = new Force { Code = "DEMO", Name = "Demo", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        var east = new Division { ForceId = force.Id, Code = "EAST", Name = "East" };
        db.Divisions.Add(east);
        db.SaveChanges();
        _east = east.Id;
        _forceId = force.Id;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Merge_NewThenSameThenChanged_CountsAndStoresExactly(StoreProvider provider)
    {
        Setup(provider);
        StagedCrime[] rows = [Row(2, "CR1", "+447700900001", "V1"), Row(3, "CR2", null, "V2") with { OffenceCode = "ASB-PERSONAL", IncidentType = IncidentType.Asb }];

        var first = await ImportAsync(rows, Day1, "a.csv");
        var again = await ImportAsync(rows, Day1.AddDays(1), "b.csv");
        var changed = await ImportAsync([rows[0] with { Flags = CrimeFlags.Hate, PhoneE164 = "+447700900009" }, rows[1]], Day1.AddDays(2), "c.csv");

        Assert.Equal(new CrimeMergeCounts(2, 0, 2), first.Counts);
        Assert.Equal(new CrimeMergeCounts(0, 0, 0), again.Counts);
        Assert.Equal(new CrimeMergeCounts(0, 1, 1), changed.Counts);
        await using var db = _store.Open();
        var crimes = await db.RecordedCrimes.AsNoTracking().OrderBy(c => c.CrimeRef).ToListAsync();
        Assert.Equal((CrimeFlags.Hate, "c.csv", Day1.AddDays(2), Day1), (crimes[0].Flags, crimes[0].SourceFile, crimes[0].UpdatedAt, crimes[0].FirstImportedAt));
        Assert.Equal(("ASB-PERSONAL", IncidentType.Asb, "a.csv", 3L), (crimes[1].OffenceCode, crimes[1].IncidentType, crimes[1].SourceFile, crimes[1].SourceLine));
        var phones = await db.VictimContacts.AsNoTracking().OrderBy(v => v.VictimId).Select(v => v.PhoneE164).ToListAsync();
        Assert.Equal(["+447700900009", null], phones);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FindDuplicates_ReportsEveryLaterLineWithItsFirstLine(StoreProvider provider)
    {
        Setup(provider);
        var result = await ImportAsync([Row(2, "CR1"), Row(3, "CR2"), Row(4, "CR1"), Row(5, "CR1")], Day1, "a.csv", merge: false);

        Assert.Equal([new DuplicateCrimeRef(4, "CR1", 2), new DuplicateCrimeRef(5, "CR1", 2)], result.Duplicates);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dispose_WithoutMerge_LeavesNoStagingTableAndNoRows(StoreProvider provider)
    {
        Setup(provider);
        await ImportAsync([Row(2, "CR1")], Day1, "a.csv", merge: false);

        await using var db = _store.Open();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(0, await db.RecordedCrimes.CountAsync());
        var staging = await db.Database.SqlQueryRaw<long>(provider == StoreProvider.Sqlite
            ? "SELECT COUNT(*) AS \"Value\" FROM temp.sqlite_master WHERE name = 'import_rows'"
            : "SELECT COUNT(*) AS \"Value\" FROM pg_tables WHERE tablename = 'import_rows'").SingleAsync();
        Assert.Equal(0, staging);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Begin_WithoutATransaction_IsRefused(StoreProvider provider)
    {
        Setup(provider);
        await using var db = _store.Open();
        await db.Database.OpenConnectionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => CrimeBulkStores.For(provider).BeginAsync(db));
    }

    [Fact]
    public void AddSatisfactionData_ChoosesTheBulkStoreByProvider()
    {
        Setup(StoreProvider.Sqlite);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Path"] = _store.Options.Path }).Build();
        using var services = new ServiceCollection().AddSatisfactionData(configuration).BuildServiceProvider();

        Assert.IsType<SqliteCrimeBulkStore>(services.GetRequiredService<ICrimeBulkStore>());
        Assert.IsType<PostgreSqlCrimeBulkStore>(CrimeBulkStores.For(StoreProvider.PostgreSql));
    }

    [Fact]
    public void Model_ColumnLengths_ComeFromRecordedCrimeLimits()
    {
        Setup(StoreProvider.Sqlite);
        using var db = SatisfactionDb.CreateContext(new StoreOptions { Path = _store.Options.Path });
        int? Max<T>(string property) => db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetMaxLength();

        Assert.Equal(
            [RecordedCrimeLimits.CrimeRef, RecordedCrimeLimits.OffenceCode, RecordedCrimeLimits.VictimId, RecordedCrimeLimits.LocationId, RecordedCrimeLimits.SourceFile,
                RecordedCrimeLimits.DivisionCode, RecordedCrimeLimits.VictimId, RecordedCrimeLimits.PhoneE164, RecordedCrimeLimits.CrimeRef, RecordedCrimeLimits.CrimeRef],
            [Max<RecordedCrime>(nameof(RecordedCrime.CrimeRef)), Max<RecordedCrime>(nameof(RecordedCrime.OffenceCode)), Max<RecordedCrime>(nameof(RecordedCrime.VictimId)),
                Max<RecordedCrime>(nameof(RecordedCrime.LocationId)), Max<RecordedCrime>(nameof(RecordedCrime.SourceFile)), Max<Division>(nameof(Division.Code)),
                Max<VictimContact>(nameof(VictimContact.VictimId)), Max<VictimContact>(nameof(VictimContact.PhoneE164)),
                Max<SampledCase>(nameof(SampledCase.CrimeRef)), Max<DrawConsideration>(nameof(DrawConsideration.CrimeRef))]);
    }

    public void Dispose() => _store?.Dispose();

    private StagedCrime Row(long line, string crimeRef, string? phone = null, string victim = "V1") => new(
        line, crimeRef, Day1.AddDays(-40), DateOnly.FromDateTime(Day1.AddDays(-40).UtcDateTime), "28A", IncidentType.Crime, _east, victim,
        VictimType.Person, 34, null, "L1", CrimeFlags.None, phone);

    private async Task<(CrimeMergeCounts? Counts, List<DuplicateCrimeRef> Duplicates)> ImportAsync(StagedCrime[] rows, DateTimeOffset now, string file, bool merge = true)
    {
        await using var db = _store.Open();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        CrimeMergeCounts? counts = null;
        var duplicates = new List<DuplicateCrimeRef>();
        await using (var import = await CrimeBulkStores.For(_store.Provider).BeginAsync(db))
        {
            Assert.Equal(rows.Length, await import.StageAsync(rows));
            await foreach (var d in import.FindDuplicatesAsync())
            {
                duplicates.Add(d);
            }

            if (merge)
            {
                counts = await import.MergeAsync(_forceId, now, file);
            }
        }

        if (merge)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return (counts, duplicates);
    }
}
