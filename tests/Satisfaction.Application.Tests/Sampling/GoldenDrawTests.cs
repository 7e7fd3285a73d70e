using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Import;
using Satisfaction.Application.Sampling;
using Satisfaction.Data.Bulk.Sqlite;

namespace Satisfaction.Application.Tests.Sampling;

/// <summary>
/// The golden draw (Golden/README.md): a checked-in extract, seed and programmes give exactly the checked-in
/// sampled crime refs, through the real import and the real store, so a change to the generator, the draw order
/// or the store reads fails here.
/// </summary>
public sealed class GoldenDrawTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private const long Seed = 20261130;
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Sampling", "Golden");

    [Fact]
    public async Task Draw_GoldenExtractAndSeed_SamplesExactlyTheExpectedCrimeRefs()
    {
        using var store = new TempStore();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using (var db = store.Open())
        {
            using var reader = new StreamReader(Path.Combine(Folder, "extract.csv"));
            var imported = await new CrimeImporter(db, new SqliteCrimeBulkStore(), time).ImportAsync(reader, "extract.csv");
            Assert.True(imported.Committed);
            Assert.Equal(863, imported.Inserted);
        }

        var programmes = ProgrammeCatalog.Load(Path.Combine(Folder, "programmes"));
        SampleRunResult result;
        await using (var db = store.Open())
        {
            result = await new SampleDrawService(db, time).RunAsync(new SampleRunRequest(AsOf, Seed, DryRun: false, programmes), CancellationToken.None);
        }

        var expected = File.ReadAllLines(Path.Combine(Folder, "expected-sampled.csv")).Skip(1).ToList();
        Assert.Equal(73, expected.Count);
        Assert.Equal(expected, result.Draw.Sampled.Select(s => $"{s.CrimeRef},{s.Programme},{s.Stratum}"));
        Assert.Equal(702, result.Draw.Considerations.Count);
        Assert.Equal(7, result.Draw.Considerations.Count(c => c.AsbRepeatLocation));

        await using (var db = store.Open())
        {
            var stored = await db.SampledCases.OrderBy(c => c.Id).Select(c => c.CrimeRef).ToListAsync();
            Assert.Equal(expected.Select(line => line.Split(',')[0]), stored);
            Assert.Equal(Seed, (await db.SampleDraws.SingleAsync()).Seed);
        }
    }
}
