using System.Net;
using FakeTwilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Hosting;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Hosting;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Hosting;
using Satisfaction.Sms.Outbox;

namespace Satisfaction.Sms.Tests;

/// <summary>
/// The service as <c>serve</c> runs it, for end-to-end tests: a real Kestrel host on 127.0.0.1:0 with the SMS
/// endpoints and background workers, a SQLite file, the real Twilio library pointed at a FakeTwilio through
/// <c>Sms:Twilio:ApiBaseUrl</c>, and a fake clock (a Tuesday 10:00 UK time by default, inside SMS hours).
/// </summary>
public sealed class SmsTestHost : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://survey.force.example";
    public const string AuthToken = "test-auth-token-0123456789";
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string Sender = "+447700900000";

    public static readonly DateTimeOffset Tuesday10 = new(2027, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly string folder;

    private SmsTestHost(string folder, FakeTwilioServer twilio, WebApplication app, FakeTimeProvider clock)
    {
        this.folder = folder;
        Twilio = twilio;
        App = app;
        Clock = clock;
    }

    public FakeTwilioServer Twilio { get; }

    public WebApplication App { get; private set; }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath => Path.Combine(folder, "sms.db");

    public SatisfactionStore Store => App.Services.GetRequiredService<SatisfactionStore>();

    public SmsOutboxSender Sender_ => App.Services.GetRequiredService<SmsOutboxSender>();

    public SmsDispatchService Dispatch => App.Services.GetRequiredService<SmsDispatchService>();

    public static async Task<SmsTestHost> StartAsync(DateTimeOffset? now = null, Dictionary<string, string?>? extra = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sms-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FakeTimeProvider(now ?? Tuesday10);
        var twilio = await FakeTwilioServer.StartAsync(new FakeTwilioOptions { AccountSid = AccountSid, AuthToken = AuthToken, ServicePublicBaseUrl = PublicBaseUrl, Time = clock });
        var app = await StartAppAsync(folder, twilio, clock, extra);
        return new SmsTestHost(folder, twilio, app, clock);
    }

    /// <summary>Stops the service (the store file stays) and starts a new one on it: a restart.</summary>
    public async Task RestartAsync(Dictionary<string, string?>? extra = null)
    {
        await App.StopAsync();
        await App.DisposeAsync();
        App = await StartAppAsync(folder, Twilio, Clock, extra);
    }

    public static Dictionary<string, string?> Settings(string folder, string apiBaseUrl) => new()
    {
        ["Store:Path"] = Path.Combine(folder, "sms.db"),
        ["Sampling:ProgrammesPath"] = Path.Combine(AppContext.BaseDirectory, "Data", "questionnaires", "programmes"),
        ["Sms:Transport"] = "twilio",
        ["Sms:Twilio:AccountSid"] = AccountSid,
        ["Sms:Twilio:AuthToken"] = AuthToken,
        ["Sms:Twilio:From"] = Sender,
        ["Sms:Twilio:ApiBaseUrl"] = apiBaseUrl,
        ["Sms:PublicBaseUrl"] = PublicBaseUrl,
        ["Sms:MaxPerSecond"] = "200",
        ["Sms:SuppressionKey"] = "test-suppression-key-0123456789",
    };

    private static async Task<WebApplication> StartAppAsync(string folder, FakeTwilioServer twilio, FakeTimeProvider clock, Dictionary<string, string?>? extra)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var settings = Settings(folder, twilio.BaseUrl);
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSatisfactionData(builder.Configuration);
        builder.Services.AddSatisfactionApplication();
        builder.Services.AddSatisfactionSms();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapSmsEndpoints();
        await app.Services.GetRequiredService<SatisfactionStore>().MigrateAsync();
        await app.StartAsync();
        twilio.Options.ServiceAddress = app.Urls.First().TrimEnd('/');
        return app;
    }

    /// <summary>Adds the demo force, a uss programme and one pending sampled case per phone number; returns the case ids.</summary>
    public async Task<List<long>> SeedCasesAsync(params string?[] phones) => await SeedProgrammeCasesAsync("uss", "burglary", phones);

    public Task<List<long>> SeedProgrammeCasesAsync(string programmeCode, string userGroup, params string?[] phones) => SeedAsync(null, programmeCode, userGroup, phones);

    /// <summary>One pending burglary case of programme uss per phone number for force <paramref name="forceCode"/> (set up before, e.g. by <c>ForceSetup</c>).</summary>
    public Task<List<long>> SeedForceCasesAsync(string forceCode, params string?[] phones) => SeedAsync(forceCode, "uss", "burglary", phones);

    private async Task<List<long>> SeedAsync(string? forceCode, string programmeCode, string userGroup, string?[] phones)
    {
        await using var db = Store.CreateDbContext();
        var force = forceCode is not null
            ? await db.Forces.SingleAsync(f => f.Code == forceCode)
            : await db.Forces.FirstOrDefaultAsync() ?? db.Forces.Add(new Force { Code = "DEMO", Name = "Demo Constabulary", CreatedAt = Tuesday10 }).Entity;
        await db.SaveChangesAsync();
        var division = await db.Divisions.FirstOrDefaultAsync(d => d.ForceId == force.Id) ?? db.Divisions.Add(new Division { ForceId = force.Id, Code = "EAST", Name = "East" }).Entity;
        var programme = await db.SurveyProgrammes.FirstOrDefaultAsync(p => p.Code == programmeCode && p.ForceId == force.Id)
            ?? db.SurveyProgrammes.Add(new SurveyProgramme { ForceId = force.Id, Code = programmeCode, Name = programmeCode, Kind = ProgrammeKind.UserSatisfaction, UserGroups = [userGroup], QuestionnaireId = "uss-burglary" }).Entity;
        var draw = db.SampleDraws.Add(new SampleDraw
        {
            ForceId = force.Id, ProgrammeCodes = [programmeCode], AsOf = new DateOnly(2027, 3, 1), Seed = 1, WindowStart = new DateOnly(2026, 12, 7), WindowEnd = new DateOnly(2027, 1, 18),
            AllocationMethod = "census", SelectionMethod = "srswor", ParametersJson = "{}", CreatedAt = Tuesday10, Status = SampleDrawStatus.Completed,
        }).Entity;
        await db.SaveChangesAsync();
        var ids = new List<long>();
        var n = await db.RecordedCrimes.CountAsync();
        foreach (var phone in phones)
        {
            n++;
            var crimeRef = $"DEMO/27/{n:D6}";
            var victim = $"V-{n:D6}";
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = force.Id, CrimeRef = crimeRef, RecordedAt = Tuesday10.AddDays(-60), RecordedDate = new DateOnly(2027, 1, 3), OffenceCode = "28A", IncidentType = IncidentType.Crime,
                DivisionId = division.Id, VictimId = victim, VictimType = VictimType.Person, VictimAge = 40, FirstImportedAt = Tuesday10, UpdatedAt = Tuesday10, SourceFile = "t.csv", SourceLine = n,
            });
            db.VictimContacts.Add(new VictimContact { ForceId = force.Id, VictimId = victim, PhoneE164 = phone, UpdatedAt = Tuesday10 });
            var sampled = db.SampledCases.Add(new SampledCase
            {
                ForceId = force.Id, SampleDrawId = draw.Id, CrimeRef = crimeRef, VictimId = victim, SurveyProgrammeId = programme.Id, UserGroup = userGroup, DivisionId = division.Id,
                Stratum = $"{userGroup}/EAST", InclusionProbability = 0.5, DesignWeight = 2, Status = CaseStatus.Pending,
            }).Entity;
            await db.SaveChangesAsync();
            ids.Add(sampled.Id);
        }

        return ids;
    }

    /// <summary>Waits until FakeTwilio has recorded <paramref name="count"/> messages (the background sender sends them), or fails after 15 s.</summary>
    public async Task<IReadOnlyList<FakeMessage>> WaitForMessagesAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            await Sender_.SendDueAsync();
            var messages = Twilio.Messages;
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"FakeTwilio has {Twilio.Messages.Count} messages, expected {count}");
    }

    /// <summary>Lets the background sender run, then says how many messages FakeTwilio holds (to check that nothing more went).</summary>
    public async Task<int> SettledMessageCountAsync()
    {
        await Sender_.SendDueAsync();
        await Task.Delay(300);
        await Sender_.SendDueAsync();
        return Twilio.Messages.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Twilio.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, true);
        }
        catch (IOException)
        {
        }
    }
}
