using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Rdd;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Demo.Pipeline;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Tests;

public sealed class DemoPipelineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Without fieldwork no step asks for a service.</summary>
    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    public DemoPipelineTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task RunAsync_TwiceWithSameSeed_StoresTheYearOnce()
    {
        var path = Path.Combine(_folder, "demo.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        var request = new DemoRequest(Seed: 5, AsOf: new DateOnly(2026, 11, 30), RecordsPerYear: 1500) { Fieldwork = false };
        var expected = DemoCrimeGenerator.Generate(new DemoDataOptions { Seed = 5, AsOf = request.AsOf, RecordsPerYear = 1500 }).ToList();

        int forceId;
        using (var db = SatisfactionDb.Open(path))
        {
            var run = new DemoRun(db, request, time);
            var results = await DemoPipeline.CreateDefault(NoServices).RunAsync(run, CancellationToken.None);
            forceId = run.ForceId;
            Assert.Equal(["force", "recorded crime", "weekly samples", "rdd release"], results.Select(r => r.Step));
            Assert.StartsWith("skipped", results[2].Summary, StringComparison.Ordinal);
            Assert.Contains($"added {expected.Count} records (0 already present)", results[1].Summary, StringComparison.Ordinal);
        }

        using (var db = SatisfactionDb.Open(path))
        {
            var again = await DemoPipeline.CreateDefault(NoServices).RunAsync(new DemoRun(db, request, time), CancellationToken.None);
            Assert.Contains("already set up", again[0].Summary, StringComparison.Ordinal);
            Assert.Contains($"added 0 records ({expected.Count} already present)", again[1].Summary, StringComparison.Ordinal);

            Assert.Equal(expected.Count, await db.RecordedCrimes.CountAsync());
            Assert.Equal(["EAST", "SOUTH", "WEST"], await db.Divisions.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
            // Set up through force init's use case: without programme files (the CLI always passes the shipped ones)
            // the force gets only the RDD programme, which needs none.
            Assert.Equal(["rdd_confidence"], await db.SurveyProgrammes.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
            Assert.Equal(2, await db.AuditLog.CountAsync(a => a.Action == "demo.generate"));

            var summary = await DemoSummary.LoadAsync(db, forceId, CancellationToken.None);
            Assert.Equal(expected.Count, summary.Total);
            Assert.Equal(expected.Count(r => r.IncidentType == IncidentType.Asb && r.Division == "EAST"), summary.Count(IncidentType.Asb, "EAST"));

            var first = expected[0];
            var stored = await db.RecordedCrimes.Include(c => c.Division).SingleAsync(c => c.CrimeRef == first.CrimeRef);
            Assert.Equal(first.RecordedAt.UtcTicks, stored.RecordedAt.UtcTicks);
            Assert.Equal(DateOnly.FromDateTime(first.RecordedAt.DateTime), stored.RecordedDate);
            Assert.Equal(first.Flags, stored.Flags);
            Assert.Equal(first.Division, stored.Division!.Code);
            Assert.Equal(time.GetUtcNow(), stored.FirstImportedAt);
            var contact = await db.VictimContacts.SingleAsync(v => v.VictimId == first.VictimId);
            Assert.Equal(first.PhoneE164, contact.PhoneE164);
        }
    }

    [Fact]
    public async Task RunAsync_WithProgrammes_DrawsEveryWeekOnceAndReleasesRddNumbersOnce()
    {
        // Given a demo year and the shipped programmes
        var path = Path.Combine(_folder, "pipeline.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        var programmes = Satisfaction.Application.Sampling.ProgrammeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Data", "programmes"));
        var request = new DemoRequest(Seed: 9, AsOf: new DateOnly(2026, 11, 30), RecordsPerYear: 1500, Programmes: programmes) { Fieldwork = false };

        // When the pipeline runs twice
        IReadOnlyList<DemoStepResult> first, second;
        using (var db = SatisfactionDb.Open(path))
        {
            first = await DemoPipeline.CreateDefault(NoServices).RunAsync(new DemoRun(db, request, time), CancellationToken.None);
        }

        using (var db = SatisfactionDb.Open(path))
        {
            second = await DemoPipeline.CreateDefault(NoServices).RunAsync(new DemoRun(db, request, time), CancellationToken.None);

            // Then: one draw a week ending on the as-of date, each seeded by its date, each record considered once
            var draws = await db.SampleDraws.OrderBy(d => d.AsOf).ToListAsync();
            Assert.Equal(53, draws.Count);
            Assert.Equal(request.AsOf, draws[^1].AsOf);
            Assert.All(draws.Zip(draws.Skip(1)), pair => Assert.Equal(7, pair.Second.AsOf.DayNumber - pair.First.AsOf.DayNumber));
            Assert.All(draws, d => Assert.Equal(long.Parse(d.AsOf.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture), d.Seed));
            var considered = await db.DrawConsiderations.Select(c => c.CrimeRef).ToListAsync();
            Assert.Equal(considered.Count, considered.Distinct(StringComparer.Ordinal).Count());
            var sampled = await db.SampledCases.CountAsync();
            Assert.True(sampled > 0);
            Assert.Contains("53 new weekly draws", first[2].Summary, StringComparison.Ordinal);
            Assert.Contains("0 new weekly draws (53 already done)", second[2].Summary, StringComparison.Ordinal);

            // and the month's RDD numbers are released once: the second run finds them still being worked
            var numbers = await db.RddNumbers.CountAsync();
            Assert.True(numbers > 0);
            Assert.Contains("0 numbers released", second[3].Summary, StringComparison.Ordinal);
            Assert.Equal(numbers, await db.RddNumbers.Select(n => n.PhoneE164).Distinct().CountAsync());
        }
    }

    [Fact]
    public async Task Composition_PipelineStepsInOrder_AndTheDemoForceKeepsItsBanks()
    {
        // Given the demo as the CLI composes it
        var path = Path.Combine(_folder, "composed.db");
        var services = new ServiceCollection().AddSatisfactionDemo().BuildServiceProvider();
        var pipeline = services.GetRequiredService<DemoPipeline>();
        Assert.Equal(["force", "recorded crime", "weekly samples", "rdd release", "fieldwork", "true rates", "report"], pipeline.Steps.Select(s => s.Name));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));

        // When it runs
        using var db = SatisfactionDb.Open(path);
        var run = new DemoRun(db, new DemoRequest(Seed: 3, AsOf: new DateOnly(2026, 11, 30), RecordsPerYear: 300) { Fieldwork = false }, time);
        var results = await pipeline.RunAsync(run, CancellationToken.None);
        Assert.Equal(["force", "recorded crime", "weekly samples", "rdd release"], results.Select(r => r.Step));

        // Then the demo banks are the demo force's configured banks, and a release without a bank file uses them
        var banks = DemoNumberBanks.Load();
        Assert.Equal(banks.Count, await db.NumberBanks.CountAsync(b => b.ForceId == run.ForceId && b.Active));
        var january = await new RddReleaseService(db, time).ReleaseAsync(run.ForceId, new DateOnly(2027, 1, 1), banks: null, seed: 4);
        Assert.True(january.NumbersReleased > 0);
        var prefixes = banks.Select(b => b.Prefix).ToHashSet(StringComparer.Ordinal);
        Assert.All(january.Draw!.Numbers, n => Assert.Contains(n.BankPrefix, prefixes));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
