using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Rdd;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Tests.Stores;
using NumberBank = Satisfaction.Core.Rdd.NumberBank;

namespace Satisfaction.Application.Tests.Rdd;

/// <summary>The RDD release on each provider: the same numbers for the same seed as on SQLite, and a top-up that never repeats one.</summary>
public sealed class RddReleaseProviderTests
{
    private static readonly DateOnly December = new(2026, 12, 1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Release_gives_the_same_numbers_as_sqlite_and_a_top_up_never_repeats_one(StoreProvider provider)
    {
        var banks = LoadBanks();
        using var sqlite = new TempStore();
        using var store = new TempStore(provider);
        await ReleaseAsync(sqlite, banks, December, 42);

        var first = await ReleaseAsync(store, banks, December, 42);

        Assert.Equal(ReleaseReason.InitialRelease, first.Decision.Reason);
        Assert.Equal(await NumbersAsync(sqlite), await NumbersAsync(store));
        await using (var db = store.Open())
        {
            var open = await db.RddNumbers.OrderBy(n => n.Id).ToListAsync();
            for (var i = 0; i < open.Count; i++)
            {
                open[i].Status = i < 30 ? RddNumberStatus.Completed : RddNumberStatus.Closed;
                open[i].FinalDisposition = i < 30 ? "1.1" : "2.111";
            }

            await db.SaveChangesAsync();
        }

        var topUp = await ReleaseAsync(store, banks, December, 43);

        Assert.Equal(ReleaseReason.TopUp, topUp.Decision.Reason);
        Assert.Equal(10, topUp.ReplicateNumbers[0]);
        var all = await NumbersAsync(store);
        Assert.Equal(900 + topUp.NumbersReleased, all.Count);
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    private static IReadOnlyList<NumberBank> LoadBanks()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "rdd", "demo-number-banks.csv"));
        return NumberBankCsv.Parse(reader, "demo-number-banks.csv");
    }

    private async Task<RddReleaseResult> ReleaseAsync(TempStore store, IReadOnlyList<NumberBank> banks, DateOnly month, long seed)
    {
        await using var db = store.Open();
        var forceId = await db.Forces.Where(f => f.Code == "DEMO").Select(f => f.Id).SingleAsync();
        return await new RddReleaseService(db, _time).ReleaseAsync(forceId, month, banks, seed);
    }

    private static async Task<List<string>> NumbersAsync(TempStore store)
    {
        await using var db = store.Open();
        return await db.RddNumbers.AsNoTracking().OrderBy(n => n.Id).Select(n => n.PhoneE164).ToListAsync();
    }
}
