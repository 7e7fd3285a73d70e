using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Import;
using Satisfaction.Application.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Bulk;
using Satisfaction.Tests.Stores;

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

    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Draw_GoldenExtractAndSeed_SamplesExactlyTheExpectedCrimeRefs(StoreProvider provider)
    {
        using var store = new TempStore(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using (var db = store.Open())
        {
            using var reader = new StreamReader(Path.Combine(Folder, "extract.csv"));
            var imported = await new CrimeImporter(db, CrimeBulkStores.For(provider), time).ImportAsync(reader, "extract.csv");
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

    /// <summary>
    /// The same extract with the same seed in a SQLite store and in a store on <paramref name="other"/>: every
    /// consideration (outcome, reason, stratum, probability) and every sampled case (weight, stratum, order) is the
    /// same. <paramref name="other"/> is PostgreSQL wherever the PostgreSQL cases run (CI, and it fails loudly under
    /// SATISFACTION_REQUIRE_POSTGRES=1 without a server); without a server, a second SQLite store (determinism only).
    /// </summary>
    [Theory]
    [MemberData(nameof(OtherStore))]
    public async Task Draw_SameExtractAndSeed_IsTheSameInASqliteStoreAndOnTheOtherProvider(StoreProvider other)
    {
        var sqlite = await DrawAsync(StoreProvider.Sqlite);
        var second = await DrawAsync(other);

        Assert.Equal(73, sqlite.Cases.Count);
        Assert.Equal(702, sqlite.Considerations.Count);
        Assert.Equal(sqlite.Cases, second.Cases);
        Assert.Equal(sqlite.Considerations, second.Considerations);
    }

    public static TheoryData<StoreProvider> OtherStore =>
        new(TestProviders.PostgresWanted ? StoreProvider.PostgreSql : StoreProvider.Sqlite);

    private static async Task<(List<string> Cases, List<string> Considerations)> DrawAsync(StoreProvider provider)
    {
        using var store = new TempStore(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using (var db = store.Open())
        {
            using var reader = new StreamReader(Path.Combine(Folder, "extract.csv"));
            Assert.True((await new CrimeImporter(db, CrimeBulkStores.For(provider), time).ImportAsync(reader, "extract.csv")).Committed);
        }

        await using (var db = store.Open())
        {
            await new SampleDrawService(db, time).RunAsync(new SampleRunRequest(AsOf, Seed, DryRun: false, ProgrammeCatalog.Load(Path.Combine(Folder, "programmes"))), CancellationToken.None);
        }

        await using (var db = store.Open())
        {
            var cases = await db.SampledCases.AsNoTracking().OrderBy(c => c.Id)
                .Select(c => $"{c.CrimeRef}|{c.VictimId}|{c.UserGroup}|{c.Stratum}|{c.InclusionProbability:R}|{c.DesignWeight:R}|{c.AsbRepeatLocation}").ToListAsync();
            var considerations = await db.DrawConsiderations.AsNoTracking().OrderBy(c => c.CrimeRef)
                .Select(c => $"{c.CrimeRef}|{c.Outcome}|{c.ReasonCode}|{c.Stratum}|{c.InclusionProbability:R}|{c.AsbRepeatLocation}").ToListAsync();
            return (cases, considerations);
        }
    }
}
