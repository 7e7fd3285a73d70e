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
    public async Task RunAsync_AsbLocationWithFiveIncidentsIn180Days_FlagsFifthAndLaterOnConsiderationCaseAndExport()
    {
        // Given L1: three ASB incidents before the fieldwork window, then the 4th, 5th and 6th inside it (all within
        // 180 days); and L2: five incidents, but the 1st is 240 days before the 5th, so only four are in its period.
        using var store = new SamplingStore();
        store.AddAsbAt("L1", ("P1", 200), ("P2", 150), ("P3", 100), ("W4", 80), ("W5", 70), ("W6", 60));
        store.AddAsbAt("L2", ("Q1", 300), ("Q2", 200), ("Q3", 150), ("Q4", 100), ("Q5", 60));
        store.Add(("BURG", "28A", 60, "EAST", CrimeFlags.None, 30, true, null)); // a crime at L1 is not an ASB incident

        // When
        var result = await RunAsync(store, SamplingStore.AsOf, 11);

        // Then the 5th and 6th at L1 are flagged; the 4th, the 5th at L2 (outside the period) and the crime are not.
        var expected = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["W4"] = false, ["W5"] = true, ["W6"] = true, ["Q5"] = false, ["BURG"] = false,
        };
        // (Records already past the window are considered too, as excluded: none of them is flagged here.)
        var inMemory = result.Draw.Considerations.ToDictionary(c => c.CrimeRef, c => c.AsbRepeatLocation, StringComparer.Ordinal);
        Assert.All(expected, kv => Assert.Equal(kv.Value, inMemory[kv.Key]));
        Assert.Equal(["W5", "W6"], inMemory.Where(kv => kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal));
        using var db = store.Open();
        var considerations = await db.DrawConsiderations.ToDictionaryAsync(c => c.CrimeRef, c => c.AsbRepeatLocation, StringComparer.Ordinal);
        Assert.Equal(inMemory, considerations);
        var cases = await db.SampledCases.ToDictionaryAsync(c => c.CrimeRef, c => c.AsbRepeatLocation, StringComparer.Ordinal);
        Assert.Equal(expected, cases); // a handful eligible in each stratum: all sampled

        var export = new SampleExportService(db);
        using var writer = new StringWriter();
        await export.WriteAsync(result.DrawId!.Value, writer, CancellationToken.None);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.EndsWith(",design_weight,asb_repeat_location", lines[0], StringComparison.Ordinal);
        var exported = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[2], c => c[^1], StringComparer.Ordinal);
        Assert.Equal(expected.ToDictionary(kv => kv.Key, kv => kv.Value ? "true" : "false", StringComparer.Ordinal), exported);
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

    [Fact]
    public void SeedFor_Force_FirstForceKeepsTheDateOthersAddTheirCodesHash()
    {
        var date = new DateOnly(2026, 11, 30);

        Assert.Equal(20261130, SampleDrawService.SeedFor(date, "OTHER", firstForce: true));
        Assert.Equal(202611309125, SampleDrawService.SeedFor(date, "OTHER", firstForce: false));
        Assert.Equal(202611309125, SampleDrawService.SeedFor(date, "other", firstForce: false));
        Assert.Equal(202611309860, SampleDrawService.SeedFor(date, "NORTH", firstForce: false));
        Assert.Equal(202612079125, SampleDrawService.SeedFor(date.AddDays(7), "OTHER", firstForce: false));
    }
}
