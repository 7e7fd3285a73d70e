using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Scores;

namespace Satisfaction.Application.Tests.Scores;

public sealed class ScoreSnapshotServiceTests
{
    [Fact]
    public async Task A_snapshot_keeps_the_figures_of_its_date_after_later_interviews_arrive()
    {
        using var store = new FieldworkStore();
        var draw = store.AddDraw(new DateOnly(2026, 5, 1));
        var cases = store.AddStratum(draw, "burglary", "EAST", eligible: 10, sampled: 6);
        store.AddInterview(cases[0], new DateOnly(2026, 6, 1), true, FieldworkStore.Five(1));
        store.AddInterview(cases[1], new DateOnly(2026, 6, 2), true, FieldworkStore.Five(6));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));

        using (var db = store.Open())
        {
            var first = await new ScoreSnapshotService(db, store.Service(), clock).TakeTodayAsync(CancellationToken.None);
            Assert.True(first.Created);
            Assert.Equal(FieldworkStore.AsOf, first.AsOf);
        }

        store.AddInterview(cases[2], new DateOnly(2026, 6, 3), true, FieldworkStore.Five(1)); // arrives later, dated before the as-of date
        using (var db = store.Open())
        {
            var service = new ScoreSnapshotService(db, store.Service(), clock);
            var again = await service.TakeAsync(FieldworkStore.AsOf, CancellationToken.None);
            Assert.False(again.Created);
            using var stored = await service.ReadAsync(FieldworkStore.AsOf, CancellationToken.None);
            var whole = stored!.RootElement.EnumerateArray().Single(e => e.GetProperty("measure").GetString() == "whole_experience"
                && e.GetProperty("period").GetString() == "in_year" && e.GetProperty("by").ValueKind == System.Text.Json.JsonValueKind.Null);
            Assert.Equal(2, whole.GetProperty("n").GetInt32());
            Assert.Equal(0.5, whole.GetProperty("proportion").GetDouble(), 12);
        }

        var now = await store.Service().RunAsync(new ScoreRequest(FieldworkStore.AsOf, "uss"), CancellationToken.None);
        Assert.Equal(3, now.Estimates.Single(e => e.Period == "in_year" && e.Estimate.By is null && e.Estimate.Measure == "whole_experience").Estimate.N);
    }
}
