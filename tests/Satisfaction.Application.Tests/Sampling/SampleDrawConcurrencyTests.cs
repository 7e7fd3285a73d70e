using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Sampling;
using Satisfaction.Core;
using Satisfaction.Data;

namespace Satisfaction.Application.Tests.Sampling;

/// <summary>Two weekly draws at once on one store file (two contexts, as two processes would have).</summary>
public sealed class SampleDrawConcurrencyTests : IDisposable
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly SamplingStore _store = new();

    public SampleDrawConcurrencyTests() => _store.AddEligible(400);

    [Fact]
    public async Task RunAsync_TwoDrawsAtOnce_TheSecondWaitsAndConsidersOnlyWhatTheFirstLeft()
    {
        // Given a third writer holding the store, so that both draws start while it is busy
        var holder = _store.Open();
        var holding = await holder.Database.BeginWriteAsync("test", CancellationToken.None);

        // When two draws for the same week start at once, each on its own context, and the holder lets go
        var first = Task.Run(() => DrawAsync(seed: 1));
        var second = Task.Run(() => DrawAsync(seed: 2));
        await Task.Delay(400);
        Assert.False(first.IsCompleted || second.IsCompleted, "the draws wait while the store is held");
        await holding.RollbackAsync();
        await holding.DisposeAsync();
        await holder.DisposeAsync();
        var results = await Task.WhenAll(first, second);

        // Then both finish; one considered the 400 records, the other found them considered
        Assert.Equal([0, 400], results.Select(r => r.Draw.Considerations.Count).Order());
        Assert.All(results, r => Assert.NotNull(r.DrawId));
        await using var db = _store.Open();
        Assert.Equal(2, await db.SampleDraws.CountAsync());
        Assert.Equal(400, await db.DrawConsiderations.CountAsync());
        Assert.Equal(400, await db.DrawConsiderations.Select(c => c.CrimeRef).Distinct().CountAsync());
        Assert.Equal(results.Sum(r => r.Draw.Sampled.Count), await db.SampledCases.CountAsync());
    }

    [Fact]
    public async Task RunAsync_StoreHeldLongerThanTheBusyTimeout_IsRefusedWithAMessageAndWritesNothing()
    {
        // Given another writer holding the store and a draw that waits at most 300 ms
        await using var holder = _store.Open();
        await using var holding = await holder.Database.BeginWriteAsync("test", CancellationToken.None);
        await using var db = SatisfactionDb.Open(new StoreOptions { Path = _store.Path, BusyTimeoutMilliseconds = 300 });

        // When it runs
        var clock = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<InvalidInputException>(() =>
            new SampleDrawService(db, Clock).RunAsync(new SampleRunRequest(SamplingStore.AsOf, 1, DryRun: false, SamplingStore.Programmes()), CancellationToken.None));
        clock.Stop();

        // Then it is refused, soon after the timeout, with what happened and what to do, and nothing is written
        Assert.Equal(
            "the weekly draw: the store is busy: another draw, release or import is writing to it and did not finish in time. Nothing was written; run it again when the other has finished.",
            ex.Message);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.25, 5);
        await holding.RollbackAsync();
        await using var check = _store.Open();
        Assert.Equal(0, await check.SampleDraws.CountAsync());
        Assert.Equal(0, await check.DrawConsiderations.CountAsync());
    }

    public void Dispose() => _store.Dispose();

    private async Task<SampleRunResult> DrawAsync(long seed)
    {
        await using var db = _store.Open();
        return await new SampleDrawService(db, Clock).RunAsync(new SampleRunRequest(SamplingStore.AsOf, seed, DryRun: false, SamplingStore.Programmes()), CancellationToken.None);
    }
}
