using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Demo;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;

namespace Satisfaction.Application.Tests.Demo;

public sealed class DemoPipelineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "satisfaction-tests", Guid.NewGuid().ToString("N"));

    public DemoPipelineTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task RunAsync_TwiceWithSameSeed_StoresTheYearOnce()
    {
        var path = Path.Combine(_folder, "demo.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        var request = new DemoRequest(Seed: 5, AsOf: new DateOnly(2026, 11, 30), RecordsPerYear: 1500);
        var expected = DemoData.DemoCrimeGenerator.Generate(new DemoData.DemoDataOptions { Seed = 5, AsOf = request.AsOf, RecordsPerYear = 1500 }).ToList();

        int forceId;
        using (var db = SatisfactionDb.Open(path))
        {
            var run = new DemoRun(db, request, time);
            var results = await DemoPipeline.CreateDefault().RunAsync(run, CancellationToken.None);
            forceId = run.ForceId;
            Assert.Equal(["force", "recorded crime"], results.Select(r => r.Step));
            Assert.Contains($"added {expected.Count} records (0 already present)", results[1].Summary, StringComparison.Ordinal);
        }

        using (var db = SatisfactionDb.Open(path))
        {
            var again = await DemoPipeline.CreateDefault().RunAsync(new DemoRun(db, request, time), CancellationToken.None);
            Assert.Contains("already set up", again[0].Summary, StringComparison.Ordinal);
            Assert.Contains($"added 0 records ({expected.Count} already present)", again[1].Summary, StringComparison.Ordinal);

            Assert.Equal(expected.Count, await db.RecordedCrimes.CountAsync());
            Assert.Equal(["EAST", "SOUTH", "WEST"], await db.Divisions.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
            Assert.Equal(["asb", "rdd_confidence", "uss"], await db.SurveyProgrammes.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
