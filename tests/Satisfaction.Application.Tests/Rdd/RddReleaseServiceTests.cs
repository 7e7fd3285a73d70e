using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Rdd;
using Satisfaction.Core;
using Satisfaction.Core.Phones;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Rdd;

public sealed class RddReleaseServiceTests : IDisposable
{
    private static readonly DateOnly December = new(2026, 12, 1);
    private readonly TempStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly IReadOnlyList<Core.Rdd.NumberBank> _banks = LoadBanks();

    [Fact]
    public async Task ReleaseAsync_EmptyStore_PersistsTheInitialReplicates()
    {
        var result = await ReleaseAsync(December, seed: 42);

        Assert.Equal(ReleaseReason.InitialRelease, result.Decision.Reason);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], result.ReplicateNumbers);
        await using var db = _store.Open();
        var replicates = await db.RddReplicates.AsNoTracking().OrderBy(r => r.Number).ToListAsync();
        Assert.All(replicates, r => Assert.Equal((December, 42L, 100), (r.Month, r.Seed, r.Size)));
        var numbers = await db.RddNumbers.AsNoTracking().Select(n => n.PhoneE164).ToListAsync();
        Assert.Equal(900, numbers.Count);
        Assert.Equal(900, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(numbers, n => Assert.True(UkPhoneNumbers.IsGeographicFixedLine(n), "not geographic"));
        Assert.Equal(_banks.Count, await db.NumberBanks.CountAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "rdd_release"));
    }

    [Fact]
    public async Task ReleaseAsync_SameSeedOnFreshStores_SameNumbers()
    {
        await ReleaseAsync(December, seed: 7);
        using var other = new TempStore();
        await using (var db = other.Open())
        {
            await new RddReleaseService(db, _time).ReleaseAsync(await ForceIdAsync(db), December, _banks, 7);
        }

        await using var a = _store.Open();
        await using var b = other.Open();
        Assert.Equal(
            await a.RddNumbers.AsNoTracking().OrderBy(n => n.Id).Select(n => n.PhoneE164).ToListAsync(),
            await b.RddNumbers.AsNoTracking().OrderBy(n => n.Id).Select(n => n.PhoneE164).ToListAsync());
    }

    [Fact]
    public async Task ReleaseAsync_ReplicatesStillOpen_ReleasesNothing()
    {
        await ReleaseAsync(December, seed: 1);

        var again = await ReleaseAsync(December, seed: 2);

        Assert.Equal(ReleaseReason.ReplicatesStillOpen, again.Decision.Reason);
        Assert.Empty(again.ReplicateNumbers);
        await using var db = _store.Open();
        Assert.Equal(900, await db.RddNumbers.CountAsync());
    }

    [Fact]
    public async Task ReleaseAsync_WorkedOutThenNextMonth_TopsUpAndNeverRepeatsANumber()
    {
        // Given December's replicates worked out: 30 completes, the rest refusals or non-working
        await ReleaseAsync(December, seed: 1);
        await CloseAllAsync(completes: 30);

        // When December is topped up and January released
        var topUp = await ReleaseAsync(December, seed: 2);
        await CloseAllAsync(completes: 0);
        var january = await ReleaseAsync(new DateOnly(2027, 1, 15), seed: 3);

        // Then
        Assert.Equal(ReleaseReason.TopUp, topUp.Decision.Reason);
        Assert.Equal(10, topUp.ReplicateNumbers[0]);
        Assert.Equal(ReleaseReason.InitialRelease, january.Decision.Reason);
        Assert.Equal(1, january.ReplicateNumbers[0]);
        await using var db = _store.Open();
        var all = await db.RddNumbers.AsNoTracking().Select(n => n.PhoneE164).ToListAsync();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(900 + (topUp.NumbersReleased) + january.NumbersReleased, all.Count);
        Assert.Equal(2, await db.RddReplicates.Select(r => r.Month).Distinct().CountAsync());
    }

    [Fact]
    public async Task ReleaseAsync_DoNotCallList_IsNeverReleased()
    {
        var bank = _banks.First(b => b.ListedResidential > 0);
        await using (var db = _store.Open())
        {
            db.DoNotCall.AddRange(Enumerable.Range(0, 100).Select(d => new DoNotCall { PhoneE164 = bank.NumberAt(d), Source = "tps", AddedAt = _time.GetUtcNow() }));
            await db.SaveChangesAsync();
        }

        var result = await ReleaseAsync(December, seed: 5);

        Assert.True(result.Draw!.RejectedDoNotCall > 0);
        await using var check = _store.Open();
        Assert.False(await check.RddNumbers.AnyAsync(n => n.PhoneE164.StartsWith("+44" + bank.Prefix)));
    }

    [Fact]
    public async Task RowsAsync_ExportsNumbersWithReplicateAndStatus()
    {
        await ReleaseAsync(December, seed: 9);
        await using var db = _store.Open();

        var rows = await new RddExportService(db).RowsAsync(December);

        Assert.Equal(900, rows.Count);
        Assert.All(rows, r => Assert.Equal(("2026-12", "released", string.Empty), (r.Month, r.Status, r.FinalDisposition)));
        Assert.Equal(1, rows[0].Replicate);
        Assert.Matches(@"^0\d{2,5} \d+xx$", rows[0].Bank);
        Assert.Empty(await new RddExportService(db).RowsAsync(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public async Task ReleaseAsync_NoBankFileAndNoneConfigured_IsRefusedAndWritesNothing()
    {
        await using var db = _store.Open();
        var forceId = await ForceIdAsync(db);

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => new RddReleaseService(db, _time).ReleaseAsync(forceId, December, banks: null, seed: 1));

        Assert.Equal(
            "force DEMO has no number banks configured: give its bank file once with --banks FILE (area_code,local_prefix,listed_residential) or set Rdd:BanksFile; later releases use the banks stored for the force.",
            ex.Message);
        Assert.Equal(0, await db.RddReplicates.CountAsync());
        Assert.Equal(0, await db.NumberBanks.CountAsync());
    }

    [Fact]
    public async Task ReleaseAsync_NoBankFile_UsesTheForcesConfiguredBanks_TheSameNumbersAsTheFile()
    {
        // Given the force's banks configured on one store, and the same banks given as a file on another
        using var other = new TempStore();
        await using (var db = _store.Open())
        {
            await new RddReleaseService(db, _time).ConfigureBanksAsync(await ForceIdAsync(db), _banks);
        }

        // When each releases with the same seed, the first without a bank file
        var configured = await ReleaseWithAsync(_store, null, 11);
        var fromFile = await ReleaseWithAsync(other, _banks, 11);

        // Then the draws are the same
        Assert.Equal(900, configured.NumbersReleased);
        Assert.Equal(fromFile.Draw!.Numbers, configured.Draw!.Numbers);
    }

    [Fact]
    public async Task ReleaseAsync_NewBankFile_ReplacesTheConfiguredBanksAndKeepsTheOldOnesInactive()
    {
        // Given December released from a first bank file of 12 banks
        var first = _banks.Where(b => b.ListedResidential > 0).Take(12).ToList();
        var second = _banks.Where(b => b.ListedResidential > 0).Skip(10).Take(30).ToList();
        await ReleaseWithAsync(_store, first, 1);
        await CloseAllAsync(completes: 0);

        // When January comes from a second file (30 banks, 2 of them in the first) and February from no file
        var again = await ReleaseWithAsync(_store, second, 2, new DateOnly(2027, 1, 1));
        await CloseAllAsync(completes: 0);
        var later = await ReleaseWithAsync(_store, null, 3, new DateOnly(2027, 2, 1));

        // Then both draw from the second file's banks only; the first file's other banks stay, inactive
        Assert.True(again.NumbersReleased > 0 && later.NumbersReleased > 0, "both months release numbers");

        var secondPrefixes = second.Select(b => b.Prefix).ToHashSet(StringComparer.Ordinal);
        Assert.All(again.Draw!.Numbers, n => Assert.Contains(n.BankPrefix, secondPrefixes));
        Assert.All(later.Draw!.Numbers, n => Assert.Contains(n.BankPrefix, secondPrefixes));
        await using var db = _store.Open();
        Assert.Equal(12 + 30 - 2, await db.NumberBanks.CountAsync());
        Assert.Equal(secondPrefixes.Order(StringComparer.Ordinal), (await db.NumberBanks.Where(b => b.Active).Select(b => new { b.AreaCode, b.Prefix }).ToListAsync()).Select(b => b.AreaCode[1..] + b.Prefix).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReleaseAsync_StoreHeldByAnotherWriter_IsRefusedWithAMessage()
    {
        await using var holder = _store.Open();
        await using var holding = await holder.Database.BeginWriteAsync("test", CancellationToken.None);
        await using var db = SatisfactionDb.Open(new StoreOptions { Path = _store.Path, BusyTimeoutMilliseconds = 200 });
        var forceId = await ForceIdAsync(db);

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => new RddReleaseService(db, _time).ReleaseAsync(forceId, December, _banks, 1));

        Assert.StartsWith("the RDD release: the store is busy", ex.Message, StringComparison.Ordinal);
        await holding.RollbackAsync();
        Assert.Equal(0, await db.RddNumbers.CountAsync());
    }

    public void Dispose() => _store.Dispose();

    private static IReadOnlyList<Core.Rdd.NumberBank> LoadBanks()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "rdd", "demo-number-banks.csv"));
        return NumberBankCsv.Parse(reader, "demo-number-banks.csv");
    }

    private static Task<int> ForceIdAsync(Data.SatisfactionDbContext db) => db.Forces.Where(f => f.Code == "DEMO").Select(f => f.Id).SingleAsync();

    private async Task<RddReleaseResult> ReleaseAsync(DateOnly month, long seed)
    {
        await using var db = _store.Open();
        return await new RddReleaseService(db, _time).ReleaseAsync(await ForceIdAsync(db), month, _banks, seed);
    }

    private async Task<RddReleaseResult> ReleaseWithAsync(TempStore store, IReadOnlyList<Core.Rdd.NumberBank>? banks, long seed, DateOnly? month = null)
    {
        await using var db = store.Open();
        return await new RddReleaseService(db, _time).ReleaseAsync(await ForceIdAsync(db), month ?? December, banks, seed);
    }

    private async Task CloseAllAsync(int completes)
    {
        await using var db = _store.Open();
        var open = await db.RddNumbers.Where(n => n.Status == RddNumberStatus.Released).OrderBy(n => n.Id).ToListAsync();
        for (var i = 0; i < open.Count; i++)
        {
            open[i].Status = i < completes ? RddNumberStatus.Completed : RddNumberStatus.Closed;
            open[i].FinalDisposition = i < completes ? "1.1" : i % 2 == 0 ? "2.111" : "4.32";
        }

        await db.SaveChangesAsync();
    }
}
