using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Hosting;
using Satisfaction.Application.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Hosting;
using Satisfaction.Demo.Pipeline;
using Satisfaction.Sms.Hosting;

namespace Satisfaction.Demo.Tests;

/// <summary>
/// One small demo (two years of fieldwork, 3,000 records a year) composed as the CLI composes it, run twice on one
/// store: the fieldwork tests read what it left. About 30 to 60 seconds, once for the class.
/// </summary>
public sealed class DemoFieldworkFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "satisfaction-tests", "fieldwork-" + Guid.NewGuid().ToString("N"));

    public string StorePath => Path.Combine(Folder, "demo.db");

    public string OutputFolder => Path.Combine(Folder, "out");

    public ServiceProvider Services { get; private set; } = null!;

    public DemoRun FirstRun { get; private set; } = null!;

    public IReadOnlyList<DemoStepResult> First { get; private set; } = [];

    public IReadOnlyList<DemoStepResult> Second { get; private set; } = [];

    /// <summary>Row counts of the store's tables after the first and after the second run.</summary>
    public IReadOnlyDictionary<string, int> CountsAfterFirst { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> CountsAfterSecond { get; private set; } = new Dictionary<string, int>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var questionnaires = Path.Combine(AppContext.BaseDirectory, "Data", "questionnaires");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = StorePath,
            ["Sampling:ProgrammesPath"] = Path.Combine(questionnaires, "programmes"),
            ["Ringback:QuestionnairesPath"] = questionnaires,
            ["Scores:QuestionnairesPath"] = questionnaires,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSatisfactionData(configuration);
        services.AddSatisfactionApplication();
        services.AddSatisfactionSms();
        services.AddSatisfactionDemo();
        Services = services.BuildServiceProvider();

        var store = Services.GetRequiredService<SatisfactionStore>();
        await store.MigrateAsync(CancellationToken.None);
        var programmes = ProgrammeCatalog.Load(Path.Combine(questionnaires, "programmes"));
        var request = new DemoRequest(Seed: 7, AsOf: AsOf, RecordsPerYear: 3000, Programmes: programmes) { OutputFolder = OutputFolder };
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var pipeline = Services.GetRequiredService<DemoPipeline>();
        using (var db = store.CreateDbContext())
        {
            FirstRun = new DemoRun(db, request, time);
            First = await pipeline.RunAsync(FirstRun, CancellationToken.None);
            CountsAfterFirst = await CountsAsync(db);
        }

        using (var db = store.CreateDbContext())
        {
            Second = await pipeline.RunAsync(new DemoRun(db, request, time), CancellationToken.None);
            CountsAfterSecond = await CountsAsync(db);
        }
    }

    public SatisfactionDbContext OpenStore() => Services.GetRequiredService<SatisfactionStore>().CreateDbContext();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountsAsync(SatisfactionDbContext db) => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["recorded_crimes"] = await db.RecordedCrimes.CountAsync(),
        ["sample_draws"] = await db.SampleDraws.CountAsync(),
        ["sampled_cases"] = await db.SampledCases.CountAsync(),
        ["rdd_numbers"] = await db.RddNumbers.CountAsync(),
        ["interviews"] = await db.Interviews.CountAsync(),
        ["answers"] = await db.Answers.CountAsync(),
        ["sms_outbox"] = await db.SmsOutbox.CountAsync(),
        ["sms_inbound"] = await db.SmsInbound.CountAsync(),
        ["contact_attempts"] = await db.ContactAttempts.CountAsync(),
        ["call_cases"] = await db.CallCases.CountAsync(),
    };
}
