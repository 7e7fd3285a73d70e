using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Sampling;
using Satisfaction.Core;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Sampling;

public sealed class DrawsOverTimeTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private static async Task<SampleRunResult> DrawAsync(SamplingStore store, DateOnly asOf)
    {
        using var db = store.Open();
        return await new SampleDrawService(db, Clock).RunAsync(new SampleRunRequest(asOf, null, false, SamplingStore.Programmes()), CancellationToken.None);
    }

    private static WeeklySampleService Weekly(Data.SatisfactionDbContext db) => new(db, new SampleDrawService(db, Clock));

    [Fact]
    public async Task Draw_ConsideringNothing_IsStoredEmptyAndNeverExported()
    {
        using var store = new SamplingStore();
        store.AddEligible(50);
        var full = await DrawAsync(store, SamplingStore.AsOf);
        var empty = await DrawAsync(store, SamplingStore.AsOf);

        Assert.True(empty.IsEmpty);
        using var db = store.Open();
        Assert.Equal(SampleDrawStatus.Empty, (await db.SampleDraws.SingleAsync(d => d.Id == empty.DrawId)).Status);
        var selection = await new SampleExportService(db).SelectAsync("latest", null, CancellationToken.None);
        Assert.Equal([full.DrawId!.Value], selection.DrawIds);
        Assert.Contains($"the latest draw ({empty.DrawId}, as of 2026-11-30) sampled nobody", selection.Note, StringComparison.Ordinal);
        var list = await new SampleListService(db).ListAsync();
        Assert.Equal(["completed", "empty"], list.Select(d => d.Status));
        Assert.Equal(0, list[1].Considered);
    }

    [Fact]
    public async Task Export_OnlyEmptyDraws_SaysSoPlainly()
    {
        using var store = new SamplingStore();
        await DrawAsync(store, SamplingStore.AsOf);

        using var db = store.Open();
        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => new SampleExportService(db).SelectAsync(null, null, CancellationToken.None));
        Assert.Equal("no draw has sampled anyone yet: the latest draw (1, as of 2026-11-30) was empty.", ex.Message);
    }

    [Fact]
    public async Task MissedWeeks_AfterAGap_AreTheWeeklyDatesSinceTheLastDraw()
    {
        using var store = new SamplingStore();
        await DrawAsync(store, new DateOnly(2026, 11, 2));

        using var db = store.Open();
        var weekly = Weekly(db);
        Assert.Equal([new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)], await weekly.MissedWeeksAsync(new DateOnly(2026, 11, 30)));
        Assert.Empty(await weekly.MissedWeeksAsync(new DateOnly(2026, 11, 15)));
        Assert.Equal([new DateOnly(2026, 11, 9)], await weekly.MissedWeeksAsync(new DateOnly(2026, 11, 16)));
    }

    [Fact]
    public async Task CatchUp_DrawsEachMissedWeekInOrderWithItsOwnSeed_AndTwiceDrawsNothingMore()
    {
        using var store = new SamplingStore();
        store.AddEligible(300, firstDay: 42);
        await DrawAsync(store, new DateOnly(2026, 11, 2));

        IReadOnlyList<SampleRunResult> first;
        using (var db = store.Open())
        {
            first = await Weekly(db).CatchUpAsync(new DateOnly(2026, 11, 30), SamplingStore.Programmes());
        }

        using (var db = store.Open())
        {
            Assert.Empty(await Weekly(db).CatchUpAsync(new DateOnly(2026, 11, 30), SamplingStore.Programmes()));
            var dates = await db.SampleDraws.OrderBy(d => d.Id).Select(d => d.AsOf).ToListAsync();
            Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30)], dates);
        }

        Assert.Equal([20261109L, 20261116L, 20261123L, 20261130L], first.Select(r => r.Seed));
    }
}
