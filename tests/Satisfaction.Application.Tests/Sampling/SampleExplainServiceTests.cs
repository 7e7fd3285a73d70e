using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Sampling;
using Satisfaction.Core;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Application.Tests.Sampling;

public sealed class SampleExplainServiceTests
{
    [Fact]
    public async Task ExplainAsync_ConsideredRecords_ShowDrawOutcomeAndRules()
    {
        using var store = new SamplingStore();
        store.AddEligible(20);
        store.Add(("SUSP", "28A", 50, "EAST", CrimeFlags.Suspect, 30, true, null), ("LATER", "28A", 10, "EAST", CrimeFlags.None, 30, true, null));
        using (var db = store.Open())
        {
            await new SampleDrawService(db, new FakeTimeProvider()).RunAsync(new SampleRunRequest(SamplingStore.AsOf, 5, false, SamplingStore.Programmes()), CancellationToken.None);
        }

        using var db2 = store.Open();
        var service = new SampleExplainService(db2);

        var sampled = await service.ExplainAsync("CR00000", SamplingStore.Programmes(), SamplingStore.AsOf.AddDays(3), CancellationToken.None);
        var excluded = await service.ExplainAsync("SUSP", SamplingStore.Programmes(), SamplingStore.AsOf.AddDays(3), CancellationToken.None);
        var pending = await service.ExplainAsync("LATER", SamplingStore.Programmes(), SamplingStore.AsOf.AddDays(3), CancellationToken.None);

        Assert.Equal("sampled", sampled.Draw!.Outcome); // 20 eligible, census-sized target: all sampled
        Assert.Equal(1.0, sampled.Draw.InclusionProbability);
        Assert.NotNull(sampled.Draw.CaseId);
        Assert.True(sampled.Rules.Outcome.IsEligible);
        Assert.All(sampled.Rules.Checks, c => Assert.True(c.Passed));
        Assert.Equal(SamplingStore.AsOf, sampled.EvaluatedAt);

        Assert.Equal("excluded", excluded.Draw!.Outcome);
        Assert.Equal(ReasonCodes.Suspect, excluded.Draw.Reason);
        Assert.Equal([ReasonCodes.Suspect], excluded.Rules.Checks.Where(c => !c.Passed).Select(c => c.Rule));

        Assert.Null(pending.Draw);
        Assert.Equal(SamplingStore.AsOf.AddDays(3), pending.EvaluatedAt);
        Assert.Equal(ReasonCodes.OutsideWindow, pending.Rules.Outcome.Reason);
    }

    [Fact]
    public async Task ExplainAsync_AsbIncidents_ReportRepeatLocationAndCountInPeriod()
    {
        // Given five ASB incidents at L1 within 180 days; W5 (the 5th) is considered by a draw, LATE (the 6th) not yet.
        using var store = new SamplingStore();
        store.AddAsbAt("L1", ("P1", 200), ("P2", 150), ("P3", 100), ("W4", 80), ("W5", 70), ("LATE", 10));
        store.Add(("BURG", "28A", 60, "EAST", CrimeFlags.None, 30, true, null));
        using (var db = store.Open())
        {
            await new SampleDrawService(db, new FakeTimeProvider()).RunAsync(new SampleRunRequest(SamplingStore.AsOf, 5, false, SamplingStore.Programmes()), CancellationToken.None);
        }

        using var db2 = store.Open();
        var service = new SampleExplainService(db2);
        var fourth = await service.ExplainAsync("W4", SamplingStore.Programmes(), SamplingStore.AsOf, CancellationToken.None);
        var fifth = await service.ExplainAsync("W5", SamplingStore.Programmes(), SamplingStore.AsOf, CancellationToken.None);
        var pending = await service.ExplainAsync("LATE", SamplingStore.Programmes(), SamplingStore.AsOf, CancellationToken.None);
        var crime = await service.ExplainAsync("BURG", SamplingStore.Programmes(), SamplingStore.AsOf, CancellationToken.None);

        Assert.Equal((false, 4), (fourth.AsbRepeatLocation, fourth.AsbIncidentsInPeriod));
        Assert.Equal((true, 5), (fifth.AsbRepeatLocation, fifth.AsbIncidentsInPeriod));
        Assert.Equal("sampled", fifth.Draw!.Outcome);
        Assert.Null(pending.Draw);
        Assert.Equal((true, 5), (pending.AsbRepeatLocation, pending.AsbIncidentsInPeriod)); // P1 (200 days before) is out of its period
        Assert.Equal((false, 0), (crime.AsbRepeatLocation, crime.AsbIncidentsInPeriod));
    }

    [Fact]
    public async Task ExplainAsync_UnknownRecord_UserError()
    {
        using var store = new SamplingStore();
        using var db = store.Open();

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => new SampleExplainService(db).ExplainAsync("NOPE", SamplingStore.Programmes(), SamplingStore.AsOf, CancellationToken.None));

        Assert.Contains("'NOPE' is not in the store", ex.Message, StringComparison.Ordinal);
    }
}
