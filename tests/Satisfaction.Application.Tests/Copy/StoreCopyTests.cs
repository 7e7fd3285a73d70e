using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Sampling;
using Satisfaction.Application.Scores;
using Satisfaction.Application.Tests.Scores;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Data.Copy;
using Satisfaction.Data.Entities;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Application.Tests.Copy;

/// <summary><c>db copy</c>'s use case: a SQLite store with draws, cases and interviews copied into a new PostgreSQL store.</summary>
public sealed class StoreCopyTests
{
    /// <summary>PostgreSQL wherever the PostgreSQL cases run (CI); without a server, SQLite, which must be refused as a target.</summary>
    public static TheoryData<StoreProvider> Target =>
        new(TestProviders.PostgresWanted ? StoreProvider.PostgreSql : StoreProvider.Sqlite);

    [Theory]
    [MemberData(nameof(Target))]
    public async Task A_copied_store_gives_the_same_scores_and_draws_keeps_ids_and_takes_new_rows(StoreProvider provider)
    {
        using var source = Fieldwork();
        using var target = TestDatabase.Create(provider);
        var sourceOptions = new StoreOptions { Provider = StoreProvider.Sqlite, Path = source.Path };
        if (provider == StoreProvider.Sqlite)
        {
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() => StoreCopy.CopyAsync(sourceOptions, target.Options));
            Assert.Contains("PostgreSQL", refused.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(target.Options.Path));
            return;
        }

        var printed = new List<TableCopyCount>();
        var counts = await StoreCopy.CopyAsync(sourceOptions, target.Options, printed.Add);

        Assert.Equal(counts, printed);
        Assert.All(counts, c => Assert.True(c.Matches, c.Table));
        await using (var db = target.Open())
        {
            Assert.Equal(db.Model.GetRelationalModel().Tables.Count(), counts.Count);
        }

        // Parents before children.
        var order = counts.Select(c => c.Table).ToList();
        Assert.True(order.IndexOf("forces") < order.IndexOf("divisions"));
        Assert.True(order.IndexOf("sample_draws") < order.IndexOf("sampled_cases"));
        Assert.True(order.IndexOf("interviews") < order.IndexOf("answers"));
        Assert.Equal(41, counts.Single(c => c.Table == "answers").TargetRows);

        Assert.Equal(await ScoresJsonAsync(source.Open()), await ScoresJsonAsync(target.Open()));
        Assert.Equal(await DrawsJsonAsync(source.Open()), await DrawsJsonAsync(target.Open()));
        await using (var from = source.Open())
        await using (var to = target.Open())
        {
            Assert.Equal(
                await from.SampledCases.OrderBy(c => c.Id).Select(c => new { c.Id, c.CrimeRef, c.Stratum, c.DesignWeight, c.Status, c.FinalDisposition }).ToListAsync(),
                await to.SampledCases.OrderBy(c => c.Id).Select(c => new { c.Id, c.CrimeRef, c.Stratum, c.DesignWeight, c.Status, c.FinalDisposition }).ToListAsync());
            Assert.Equal(["burglary", "vehicle", "violent", "hate"], (await to.SurveyProgrammes.SingleAsync(p => p.Code == "uss")).UserGroups);

            // The identity sequences follow the copied ids: a new row gets the next id, not a duplicate key.
            var maxDraw = await to.SampleDraws.MaxAsync(d => d.Id);
            var draw = new SampleDraw
            {
                ForceId = await to.Forces.Select(f => f.Id).SingleAsync(),
                ProgrammeCodes = ["uss"], AsOf = new DateOnly(2026, 12, 7), Seed = 2, WindowStart = new DateOnly(2026, 9, 14), WindowEnd = new DateOnly(2026, 10, 26),
                AllocationMethod = "proportional", CreatedAt = DateTimeOffset.UnixEpoch, Status = SampleDrawStatus.Completed,
            };
            to.SampleDraws.Add(draw);
            await to.SaveChangesAsync();
            Assert.Equal(maxDraw + 1, draw.Id);
        }

        // A second copy into the now non-empty store is refused and changes nothing.
        var again = await Assert.ThrowsAsync<InvalidInputException>(() => StoreCopy.CopyAsync(sourceOptions, target.Options));
        Assert.Contains("not empty", again.Message, StringComparison.Ordinal);
        await using (var to = target.Open())
        {
            Assert.Equal(41, await to.Answers.CountAsync());
        }
    }

    [Fact]
    public async Task A_missing_source_file_is_refused_and_creates_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "satisfaction-tests", Guid.NewGuid().ToString("N"));
        var missing = Path.Combine(folder, "none.db");
        var target = new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=secret-pw" };

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => StoreCopy.CopyAsync(new StoreOptions { Path = missing }, target));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    private static FieldworkStore Fieldwork()
    {
        var store = new FieldworkStore(StoreProvider.Sqlite);
        var draw = store.AddDraw(new DateOnly(2026, 5, 1));
        var cases = store.AddStratum(draw, "burglary", "EAST", eligible: 12, sampled: 6, dispositions: [null, null, null, null, null, "4.1"]);
        var west = store.AddStratum(store.AddDraw(new DateOnly(2025, 9, 1)), "vehicle", "WEST", eligible: 9, sampled: 4);
        for (var i = 0; i < 4; i++)
        {
            store.AddInterview(cases[i], new DateOnly(2026, 6, 1 + i), true, FieldworkStore.Five(1 + (i % 3)));
            store.AddInterview(west[i], new DateOnly(2025, 10, 1 + i), true, FieldworkStore.Five(1 + (i % 2 * 4)));
        }

        store.AddInterview(cases[4], new DateOnly(2026, 6, 9), false, ("crime_type_check", "1"));
        return store;
    }

    private static async Task<string> ScoresJsonAsync(SatisfactionDbContext db)
    {
        await using (db)
        {
            var service = new ScoresService(db, new QuestionnaireLibrary(), Options.Create(new ScoreOptions { QuestionnairesPath = FieldworkStore.QuestionnairesFolder }));
            var result = await service.RunAsync(new ScoreRequest(FieldworkStore.AsOf, "uss"), CancellationToken.None);
            using var writer = new StringWriter();
            ScoresOutput.WriteJson(writer, result);
            return writer.ToString();
        }
    }

    private static async Task<string> DrawsJsonAsync(SatisfactionDbContext db)
    {
        await using (db)
        {
            return JsonSerializer.Serialize(await new SampleListService(db).ListAsync());
        }
    }
}
