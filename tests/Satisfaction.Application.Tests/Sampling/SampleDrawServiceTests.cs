using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Sampling;
using Satisfaction.Core;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Sampling;

public sealed class SampleDrawServiceTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private static async Task<SampleRunResult> RunAsync(SamplingStore store, DateOnly asOf, long? seed = null, bool dryRun = false, IReadOnlyList<SamplingProgramme>? programmes = null)
    {
        using var db = store.Open();
        return await new SampleDrawService(db, Clock).RunAsync(new SampleRunRequest(asOf, seed, dryRun, programmes ?? SamplingStore.Programmes()), CancellationToken.None);
    }

    [Fact]
    public async Task RunAsync_StoresDrawConsiderationsAndCases()
    {
        using var store = new SamplingStore();
        store.AddEligible(300);
        store.Add(("DA1", "28A", 50, "EAST", CrimeFlags.DomesticAbuse, 30, true, null), ("YOUNG", "45", 50, "WEST", CrimeFlags.None, 15, true, null));

        var result = await RunAsync(store, SamplingStore.AsOf, 7);

        using var db = store.Open();
        var draw = await db.SampleDraws.SingleAsync();
        Assert.Equal(result.DrawId, draw.Id);
        Assert.Equal(7, draw.Seed);
        Assert.Equal(SamplingStore.AsOf, draw.AsOf);
        Assert.Equal(new DateOnly(2026, 9, 7), draw.WindowStart);
        Assert.Equal(new DateOnly(2026, 10, 19), draw.WindowEnd);
        Assert.Equal("target_precision", draw.AllocationMethod);
        Assert.Equal("srs", draw.SelectionMethod);
        Assert.Contains("\"minimum_age\":16", draw.ParametersJson, StringComparison.Ordinal);
        Assert.Equal(302, await db.DrawConsiderations.CountAsync());
        Assert.Equal("domestic_abuse", (await db.DrawConsiderations.SingleAsync(c => c.CrimeRef == "DA1")).ReasonCode);
        Assert.Equal("under_age", (await db.DrawConsiderations.SingleAsync(c => c.CrimeRef == "YOUNG")).ReasonCode);
        var cases = await db.SampledCases.ToListAsync();
        Assert.Equal(result.Draw.Sampled.Count, cases.Count);
        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.Equal(1 / c.InclusionProbability, c.DesignWeight));
        Assert.Equal(cases.Count, await db.DrawConsiderations.CountAsync(c => c.Outcome == Data.Entities.ConsiderationOutcome.Sampled));
        Assert.Equal(["asb", "uss"], (await db.SurveyProgrammes.Select(p => p.Code).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DryRun_WritesNothing()
    {
        using var store = new SamplingStore();
        store.AddEligible(50);

        var result = await RunAsync(store, SamplingStore.AsOf, dryRun: true);

        Assert.Null(result.DrawId);
        Assert.NotEmpty(result.Draw.Sampled);
        using var db = store.Open();
        Assert.Equal(0, await db.SampleDraws.CountAsync());
        Assert.Equal(0, await db.DrawConsiderations.CountAsync());
        Assert.Equal(0, await db.SampledCases.CountAsync());
    }

    [Fact]
    public async Task RunAsync_NoSeed_DerivedFromDate()
    {
        using var store = new SamplingStore();
        store.AddEligible(10);

        var result = await RunAsync(store, SamplingStore.AsOf, dryRun: true);

        Assert.True(result.SeedDerived);
        Assert.Equal(20261130, result.Seed);
    }

    [Fact]
    public async Task RunAsync_WeeklyRuns_EachRecordConsideredOnce_AndSampledVictimsNotRedrawn()
    {
        using var store = new SamplingStore();
        store.AddEligible(200);
        // The same victim reports again later: sampled in week 1, not eligible in week 6.
        var uss = SamplingStore.Programmes().Single(p => p.Id == "uss") with { Allocation = new AllocationOptions { Method = AllocationMethod.Census } };
        store.Add(("FIRST", "28", 42, "EAST", CrimeFlags.None, 40, true, "REPEATER"), ("SECOND", "28", 0, "EAST", CrimeFlags.None, 40, true, "REPEATER"));

        var week1 = await RunAsync(store, SamplingStore.AsOf, 1, programmes: [uss]);
        var again = await RunAsync(store, SamplingStore.AsOf, 1, programmes: [uss]);
        var week7 = await RunAsync(store, SamplingStore.AsOf.AddDays(42), 1, programmes: [uss]);

        Assert.Contains(week1.Draw.Sampled, s => s.CrimeRef == "FIRST");
        Assert.Empty(again.Draw.Considerations);
        Assert.Equal(ReasonCodes.SampledRecently, week7.Draw.Considerations.Single(c => c.CrimeRef == "SECOND").Reason);
        using var db = store.Open();
        Assert.Equal(202, await db.DrawConsiderations.CountAsync());
        Assert.Equal(202, await db.DrawConsiderations.Select(c => c.CrimeRef).Distinct().CountAsync());
    }

    [Fact]
    public async Task RunAsync_OptedOutVictim_Excluded()
    {
        using var store = new SamplingStore();
        store.AddEligible(5);
        using (var db = store.Open())
        {
            db.OptOuts.Add(new OptOut { VictimId = "V-CR00001", Channel = ContactChannel.Sms, At = DateTimeOffset.UnixEpoch, Reason = "STOP" });
            await db.SaveChangesAsync();
        }

        var result = await RunAsync(store, SamplingStore.AsOf, dryRun: true);

        Assert.Equal(ReasonCodes.DoNotContact, result.Draw.Considerations.Single(c => c.CrimeRef == "CR00001").Reason);
    }

    [Fact]
    public async Task RunAsync_NoProgrammes_UserError()
    {
        using var store = new SamplingStore();

        await Assert.ThrowsAsync<InvalidInputException>(() => RunAsync(store, SamplingStore.AsOf, programmes: []));
    }

    [Fact]
    public async Task RunAsync_SameSeedOnTwoStores_IdenticalExport()
    {
        var exports = new List<string>();
        foreach (var _ in new[] { 1, 2 })
        {
            using var store = new SamplingStore();
            store.AddEligible(400);
            var result = await RunAsync(store, SamplingStore.AsOf, 99);
            using var db = store.Open();
            using var writer = new StringWriter();
            await new SampleExportService(db).WriteAsync(result.DrawId!.Value, writer, CancellationToken.None);
            exports.Add(writer.ToString());
        }

        Assert.Equal(exports[0], exports[1]);
        Assert.True(exports[0].Split('\n').Length > 10);
    }
}
