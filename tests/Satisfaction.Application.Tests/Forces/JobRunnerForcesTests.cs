using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Hosting;
using Satisfaction.Application.Import;
using Satisfaction.Application.Tests.Sampling;
using Satisfaction.Core;
using Satisfaction.Data.Bulk;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Hosting;
using Satisfaction.Scheduling;

namespace Satisfaction.Application.Tests.Forces;

/// <summary>
/// Issue 14: the scheduler's jobs on a store with several forces. Without <c>Store:Force</c> a job that acts for one
/// force runs for every force in turn, each in its own scope and rows; one force's failure does not stop the others
/// but fails the run; with <c>Store:Force</c> it runs for that force only.
/// </summary>
public sealed class JobRunnerForcesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WeeklySample_TwoForcesAndNoStoreForce_DrawsForEachForceFromItsOwnRecords()
    {
        using var store = new TempStore();
        await AddForceAsync(store, "OTHER", "Other Police");
        await ImportAsync(store, "DEMO", "0113 496");
        await ImportAsync(store, "OTHER", "0161 496");
        await using var services = Services(store, force: null);
        var runner = services.GetRequiredService<JobRunner>();

        var outcome = await runner.RunAsync(Job(services, "weekly-sample"), Run("weekly-sample"), CancellationToken.None);

        Assert.Matches("^DEMO: draw \\d+ as of 2026-11-30 seed 20261130: .*; OTHER: draw \\d+ as of 2026-11-30 seed 202611309125: ", outcome);
        await using var db = store.Open();
        foreach (var force in await db.Forces.ToListAsync())
        {
            var draw = await db.SampleDraws.SingleAsync(d => d.ForceId == force.Id);
            Assert.Equal(SamplingStore.AsOf, draw.AsOf);
            // The first force keeps the date's seed; another force's seed also depends on its code (documented formula).
            Assert.Equal(force.Code == "DEMO" ? 20261130 : 202611309125, draw.Seed);
            var cases = await db.SampledCases.Where(c => c.SampleDrawId == draw.Id).ToListAsync();
            Assert.NotEmpty(cases);
            Assert.All(cases, c => Assert.Equal(force.Id, c.ForceId));
            // Every case is one of the force's own records (both forces use the same crime references).
            var refs = cases.Select(c => c.CrimeRef).ToList();
            Assert.Equal(cases.Count, await db.RecordedCrimes.CountAsync(r => r.ForceId == force.Id && refs.Contains(r.CrimeRef)));
        }

        var recorded = await db.JobRuns.OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(JobRunRecorder.Succeeded, recorded.Outcome);
        Assert.Equal(outcome, recorded.Message);

        // A second run draws nothing twice, for either force.
        var again = await runner.RunAsync(Job(services, "weekly-sample"), Run("weekly-sample"), CancellationToken.None);
        Assert.Equal("DEMO: the week as of 2026-11-30 was already drawn; OTHER: the week as of 2026-11-30 was already drawn", again);
    }

    [Fact]
    public async Task PerForceJob_OneForceFails_TheOthersStillRunAndTheRunFailsNamingEach()
    {
        using var store = new TempStore();
        await AddForceAsync(store, "BROKEN", "Broken Police");
        await AddForceAsync(store, "OTHER", "Other Police");
        await using var services = Services(store, force: null);
        var runner = services.GetRequiredService<JobRunner>();

        var failure = await Assert.ThrowsAsync<JobForcesFailedException>(() => runner.RunAsync(Job(services, ProbeJob.Name), Run(ProbeJob.Name), CancellationToken.None));

        Assert.Equal(1, failure.Failed);
        Assert.Equal("BROKEN: failed: force BROKEN cannot run the probe; DEMO: acted for DEMO (Demo Constabulary); OTHER: acted for OTHER (Other Police)", failure.Outcome);
        await using var db = store.Open();
        var recorded = await db.JobRuns.OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(JobRunRecorder.Failed, recorded.Outcome);
        Assert.Equal(failure.Outcome, recorded.Message);
    }

    [Fact]
    public async Task PerForceJob_WithStoreForce_RunsForThatForceOnly()
    {
        using var store = new TempStore();
        await AddForceAsync(store, "BROKEN", "Broken Police");
        await AddForceAsync(store, "OTHER", "Other Police");
        await using var services = Services(store, force: "other");

        var outcome = await services.GetRequiredService<JobRunner>().RunAsync(Job(services, ProbeJob.Name), Run(ProbeJob.Name), CancellationToken.None);

        Assert.Equal("acted for OTHER (Other Police)", outcome);
    }

    [Fact]
    public async Task JobNotPerForce_RunsOnceWithoutChoosingAForce()
    {
        using var store = new TempStore();
        await AddForceAsync(store, "OTHER", "Other Police");
        await using var services = Services(store, force: null);

        // import-inbox reads one folder: it is not run per force (without Import:Inbox it does nothing).
        var outcome = await services.GetRequiredService<JobRunner>().RunAsync(Job(services, "import-inbox"), Run("import-inbox"), CancellationToken.None);

        Assert.DoesNotContain("DEMO:", outcome, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(TempStore store, string? force)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:Path"] = store.Path,
            ["Store:Force"] = force,
            ["Sampling:ProgrammesPath"] = Path.Combine(AppContext.BaseDirectory, "Data", "programmes"),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSatisfactionData(configuration);
        services.AddSatisfactionApplication();
        services.AddSatisfactionScheduling(configuration, store.Path);
        services.AddSingleton(new JobRegistration(ProbeJob.Name, typeof(ProbeJob), "0 0 0 * * ?", JobMisfirePolicy.Skip, "Says which force it acted for.", PerForce: true));
        services.AddScoped<ProbeJob>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static JobRegistration Job(IServiceProvider services, string name) =>
        services.GetServices<JobRegistration>().Single(j => j.Name == name);

    private static JobRunContext Run(string job) => new(job, "inprocess-" + Guid.NewGuid().ToString("N"), Clock.GetUtcNow(), false);

    private static async Task AddForceAsync(TempStore store, string code, string name)
    {
        await using var db = store.Open();
        var force = new Force { Code = code, Name = name, CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        await db.SaveChangesAsync();
        db.Divisions.Add(new Division { ForceId = force.Id, Code = "EAST", Name = "East" });
        await db.SaveChangesAsync();
    }

    /// <summary>40 burglaries in division EAST, crime refs CR01.. and victims V01.. (the same for every force).</summary>
    private static async Task ImportAsync(TempStore store, string force, string prefix)
    {
        var csv = new StringBuilder("crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags\n");
        for (var i = 1; i <= 40; i++)
        {
            var date = SamplingStore.AsOf.AddDays(-50 - (i % 20));
            csv.Append(CultureInfo.InvariantCulture, $"CR{i:00},{date:yyyy-MM-dd}T10:00,28A,crime,EAST,V{i:00},person,{30 + i},{prefix} 0{i:000},L{i},\n");
        }

        await using var db = store.Open();
        var importer = new CrimeImporter(db, CrimeBulkStores.For(store.Provider), Clock, null, new ForceScope(db, force));
        var result = await importer.ImportAsync(new StringReader(csv.ToString()), $"{force}.csv");
        Assert.True(result.Committed, string.Join("; ", result.Errors.Format(force)));
    }

    /// <summary>A job acting for its scope's force: says which, and fails for force BROKEN.</summary>
    private sealed class ProbeJob(ForceScope force) : ISatisfactionJob
    {
        public const string Name = "force-probe";

        public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken)
        {
            var acting = await force.GetAsync(cancellationToken);
            return acting.Code == "BROKEN"
                ? throw new InvalidInputException("force BROKEN cannot run the probe")
                : $"acted for {acting.Code} ({acting.Name})";
        }
    }
}
