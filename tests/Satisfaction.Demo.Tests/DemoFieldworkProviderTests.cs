using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Hosting;
using Satisfaction.Application.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Hosting;
using Satisfaction.Demo.Fieldwork;
using Satisfaction.Demo.Pipeline;
using Satisfaction.Sms.Hosting;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Demo.Tests;

/// <summary>
/// Three weeks of the demo's fieldwork on the demo clock, composed as the CLI composes it, on PostgreSQL wherever the
/// PostgreSQL cases run (CI; without a server, on SQLite): the weekly draws, an RDD release, SMS interviews through the
/// webhook writer and the outbox, the hand-over to ring-back and two handlers claiming and recording calls.
/// </summary>
public sealed class DemoFieldworkProviderTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    public static TheoryData<StoreProvider> Store =>
        new(TestProviders.PostgresWanted ? StoreProvider.PostgreSql : StoreProvider.Sqlite);

    [Theory]
    [MemberData(nameof(Store))]
    public async Task Three_weeks_of_fieldwork_store_interviews_answers_calls_and_rdd_numbers(StoreProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var questionnaires = Path.Combine(AppContext.BaseDirectory, "Data", "questionnaires");
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Sampling:ProgrammesPath"] = Path.Combine(questionnaires, "programmes"),
            ["Ringback:QuestionnairesPath"] = questionnaires,
            ["Scores:QuestionnairesPath"] = questionnaires,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSatisfactionData(configuration);
        services.AddSatisfactionApplication();
        services.AddSatisfactionSms();
        services.AddSatisfactionDemo();
        await using var provided = services.BuildServiceProvider();
        var store = provided.GetRequiredService<SatisfactionStore>();
        await store.MigrateAsync(CancellationToken.None);

        var programmes = ProgrammeCatalog.Load(Path.Combine(questionnaires, "programmes"));
        var request = new DemoRequest(Seed: 7, AsOf: AsOf, RecordsPerYear: 1200, Programmes: programmes) { Years = 1 };
        var from = AsOf.AddDays(-20);
        var drawDates = request.DrawDates().Where(d => d >= from).ToList();
        var sized = programmes.Select(p => p with { Allocation = p.Allocation with { TargetHalfWidth = request.SampleHalfWidth } }).ToList();
        DemoFieldworkResult result;
        await using (var db = store.CreateDbContext())
        {
            var run = new DemoRun(db, request, new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));
            await new EnsureDemoForceStep().RunAsync(run, CancellationToken.None);
            await new StoreDemoCrimesStep().RunAsync(run, CancellationToken.None);
            result = await new DemoFieldwork(provided).RunAsync(run, sized, DemoTrueRates.Create(request.Seed), from, drawDates, CancellationToken.None);
        }

        Assert.Equal(3, drawDates.Count);
        Assert.Equal(drawDates.Count, result.Draws);
        Assert.Equal(1, result.RddReleases);
        Assert.True(result.TextsSent > 0 && result.Replies > 0 && result.Calls > 0, $"texts {result.TextsSent}, replies {result.Replies}, calls {result.Calls}");
        Assert.Equal(0, result.Conflicts);

        await using var check = store.CreateDbContext();
        Assert.Equal(drawDates.Count, await check.SampleDraws.CountAsync(d => d.AsOf >= from));
        Assert.True(await check.RddNumbers.AnyAsync());
        var completed = await check.Interviews.Where(i => i.CompletedAt != null).Select(i => new { i.Id, i.Mode }).ToListAsync();
        Assert.Contains(completed, i => i.Mode == InterviewMode.Sms);
        var answered = await check.Answers.Select(a => a.InterviewId).Distinct().ToListAsync();
        Assert.All(completed, i => Assert.Contains(i.Id, answered));
        // Every text went once through the outbox; every reply is kept.
        Assert.Equal(result.TextsSent, await check.SmsOutbox.CountAsync(m => m.Status == SmsOutboxStatus.Sent));
        Assert.Equal(result.Replies, await check.SmsInbound.CountAsync());
        // The handlers' calls are recorded as phone attempts and no case is left held.
        Assert.Equal(result.Calls, await check.ContactAttempts.CountAsync(a => a.Channel == ContactChannel.Phone));
        Assert.False(await check.CallCases.AnyAsync(c => c.LockedBy != null && c.LockExpiresAt > new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
