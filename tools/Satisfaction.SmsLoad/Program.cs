using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Satisfaction.Application.Hosting;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Hosting;
using Satisfaction.SmsLoad;
using Satisfaction.Sms.Conversations;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Hosting;
using Satisfaction.Sms.Transport;

// The SMS inbound load test: the service (SMS endpoints, group-commit writer, outbox worker on the offline
// transport) on Kestrel at 127.0.0.1 on a SQLite file; N live interviews seeded in the store; then R signed
// inbound replies posted in rounds (each interview's replies in order) plus D repeated MessageSids; then the
// store is counted. Prints throughput, latency percentiles and the counts; exit 1 when a target is missed
// (>= 2,000 replies/s, p99 < 50 ms, no lost or duplicated answer).
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync("sms-load: " + ex.Message).ConfigureAwait(false);
    return 1;
}

const int Warmup = 500;
const string Token = "load-test-auth-token-0123456789";
const string PublicBaseUrl = "https://survey.force.example";
var tokenBytes = Encoding.UTF8.GetBytes(Token);
var folder = Path.Combine(Path.GetTempPath(), "sms-load-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var dbPath = options.Database ?? Path.Combine(folder, "load.db");
using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeLimitSeconds));

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Store:Path"] = dbPath,
    ["Sampling:ProgrammesPath"] = Path.Combine(AppContext.BaseDirectory, "questionnaires", "programmes"),
    ["Sms:Transport"] = "offline",
    ["Sms:Twilio:AuthToken"] = Token,
    ["Sms:PublicBaseUrl"] = PublicBaseUrl,
    ["Sms:SuppressionKey"] = "load-test-suppression-key-0123",
});
builder.Services.AddSingleton<ISmsTransport>(new OfflineSmsTransport(TextWriter.Null));
builder.Services.AddSatisfactionData(builder.Configuration);
builder.Services.AddSatisfactionApplication();
builder.Services.AddSatisfactionSms();
builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
await using var app = builder.Build();
app.MapSmsEndpoints();
await app.Services.GetRequiredService<SatisfactionStore>().MigrateAsync(limit.Token).ConfigureAwait(false);
await app.StartAsync(limit.Token).ConfigureAwait(false);
var address = app.Urls.First().TrimEnd('/');
var inboundUri = new Uri(address + "/sms/inbound");
Console.WriteLine($"service on {address}, store {dbPath}");

// Seed the live interviews, each waiting for its first answer.
var seedWatch = Stopwatch.StartNew();
var phones = DramaNumbers().Take(options.Interviews).ToList();
await SeedAsync(app.Services, phones, limit.Token).ConfigureAwait(false);
Console.WriteLine($"seeded {phones.Count} live interviews in {seedWatch.Elapsed.TotalSeconds:F1} s");

// Warm-up (not measured): texts from numbers with no interview (stored as unmatched), so JIT, EF Core's model and
// the connection pools are ready, as in a service that has been running.
ThreadPool.SetMinThreads(Math.Max(64, options.Concurrency * 2), Math.Max(64, options.Concurrency * 2));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
var warmup = Enumerable.Range(0, Warmup).Select(i => (string.Create(CultureInfo.InvariantCulture, $"SMwarm{i:x26}"), string.Create(CultureInfo.InvariantCulture, $"+44115496{i % 1000:D4}"), "hello")).ToList();
var warmResults = await PostAllAsync(Prepare(warmup)).ConfigureAwait(false);
if (warmResults.Any(r => r.Status != HttpStatusCode.OK))
{
    await Console.Error.WriteLineAsync("sms-load: the warm-up posts failed; is the service healthy?").ConfigureAwait(false);
    return 1;
}

// Replies in rounds: round r posts the r-th reply of every interview, so each conversation sees its replies in order.
string[] script = ["yes", "2", "fairly satisfied", "1", "3", "7", "Nobody rang me back", "no"];
// Every request is encoded and signed before the clock starts: the load program shares the cores with the service,
// and its own signing would otherwise be counted against the service.
var rounds = (int)Math.Ceiling(options.Replies / (double)phones.Count);
var latencies = new List<double>(options.Replies + options.Duplicates);
var failures = 0;
var posted = 0;
var sentSids = new List<(string Sid, string From, string Body)>();
var roundRequests = new List<List<SignedPost>>();
for (var round = 0; round < rounds && sentSids.Count < options.Replies; round++)
{
    var batch = new List<(string Sid, string From, string Body)>();
    for (var i = 0; i < phones.Count && sentSids.Count + batch.Count < options.Replies; i++)
    {
        batch.Add((string.Create(CultureInfo.InvariantCulture, $"SM{round:x8}{i:x24}"), phones[i], script[round % script.Length]));
    }

    sentSids.AddRange(batch);
    roundRequests.Add(Prepare(batch));
}

var dupRandom = new Satisfaction.Core.Randomness.SeededRandom(20261202);
var duplicates = Prepare(Enumerable.Range(0, options.Duplicates).Select(_ => sentSids[dupRandom.NextInt32(sentSids.Count)]).ToList());
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var total = Stopwatch.StartNew();
foreach (var batch in roundRequests)
{
    var results = await PostAllAsync(batch).ConfigureAwait(false);
    posted += batch.Count;
    latencies.AddRange(results.Select(r => r.Ms));
    failures += results.Count(r => r.Status != HttpStatusCode.OK);
}

var replyElapsed = total.Elapsed;
var cpuMsPerReply = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, posted);

// Twilio-style retries: the same MessageSid again; acknowledged, nothing stored.
var dupResults = await PostAllAsync(duplicates).ConfigureAwait(false);
failures += dupResults.Count(r => r.Status != HttpStatusCode.OK);

latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
var rate = posted / replyElapsed.TotalSeconds;

// Count in the store.
await using var store = app.Services.GetRequiredService<SatisfactionStore>().CreateDbContext();
var inbound = await store.SmsInbound.CountAsync(m => m.Outcome != "unmatched").ConfigureAwait(false);
var answers = await store.Answers.CountAsync().ConfigureAwait(false);
var distinctAnswers = await store.Answers.Select(a => new { a.InterviewId, a.QuestionId }).Distinct().CountAsync().ConfigureAwait(false);
var answered = await store.SmsInbound.CountAsync(m => m.Outcome == "answered").ConfigureAwait(false);
var perInterview = await store.Answers.GroupBy(a => a.InterviewId).Select(g => g.Count()).ToListAsync().ConfigureAwait(false);
var expectedPer = Enumerable.Range(0, phones.Count).Select(i => Enumerable.Range(0, rounds).Count(r => r * phones.Count + i < options.Replies)).ToList();
var expectedAnswers = expectedPer.Sum();
var perInterviewOk = perInterview.Count == phones.Count && perInterview.Order().SequenceEqual(expectedPer.Order());

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replies={posted} interviews={phones.Count} concurrency={options.Concurrency} seconds={replyElapsed.TotalSeconds:F2} replies_per_second={rate:F0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu_ms_per_reply={cpuMsPerReply:F3} (service and client in this process; {Environment.ProcessorCount} cores; load average {LoadAverage()})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency_ms p50={Percentile(0.50):F2} p90={Percentile(0.90):F2} p99={Percentile(0.99):F2} max={Percentile(1.0):F2} (replies and {duplicates.Count} duplicate posts)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: inbound_rows={inbound} answers={answers} distinct_answers={distinctAnswers} expected_answers={expectedAnswers} answered_replies={answered} per_interview_ok={perInterviewOk} http_failures={failures}"));
var ok = rate >= 2000 && Percentile(0.99) < 50 && failures == 0 && inbound == posted && answers == expectedAnswers && distinctAnswers == answers && perInterviewOk;
Console.WriteLine(ok ? "PASS: >= 2000 replies/s, p99 < 50 ms, no lost or duplicated answer" : "FAIL: a target was missed (see above)");

await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
if (options.Database is null)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try
    {
        Directory.Delete(folder, true);
    }
    catch (IOException)
    {
    }
}

return ok ? 0 : 1;

List<SignedPost> Prepare(List<(string Sid, string From, string Body)> items) => [.. items.Select(item =>
{
    var fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AccountSid"] = "AC" + new string('0', 32),
        ["MessageSid"] = item.Sid,
        ["SmsSid"] = item.Sid,
        ["From"] = item.From,
        ["To"] = "+447700900000",
        ["Body"] = item.Body,
        ["NumMedia"] = "0",
    };
    var form = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
    return new SignedPost(Encoding.ASCII.GetBytes(form), Sign(PublicBaseUrl + "/sms/inbound", fields));
})];

async Task<List<(HttpStatusCode Status, double Ms)>> PostAllAsync(List<SignedPost> items)
{
    var results = new (HttpStatusCode, double)[items.Count];
    var next = -1;
    var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
    {
        while (true)
        {
            var index = Interlocked.Increment(ref next);
            if (index >= items.Count)
            {
                return;
            }

            var post = items[index];
            var content = new ReadOnlyMemoryContent(post.Form);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
            using var request = new HttpRequestMessage(HttpMethod.Post, inboundUri) { Content = content };
            request.Headers.TryAddWithoutValidation("X-Twilio-Signature", post.Signature);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request, limit.Token).ConfigureAwait(false);
                await response.Content.ReadAsStringAsync(limit.Token).ConfigureAwait(false);
                results[index] = (response.StatusCode, watch.Elapsed.TotalMilliseconds);
            }
            catch (HttpRequestException)
            {
                results[index] = (HttpStatusCode.ServiceUnavailable, watch.Elapsed.TotalMilliseconds);
            }
        }
    });
    await Task.WhenAll(workers).ConfigureAwait(false);
    return [.. results];
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

string Sign(string url, Dictionary<string, string> fields)
{
    var text = new StringBuilder(url, 256);
    foreach (var (key, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
    {
        text.Append(key).Append(value);
    }

#pragma warning disable CA5350 // Twilio's webhook signature is HMAC-SHA1.
    return Convert.ToBase64String(HMACSHA1.HashData(tokenBytes, Encoding.UTF8.GetBytes(text.ToString())));
#pragma warning restore CA5350
}

// Ofcom's drama ranges (never allocated): 1,000 numbers each.
static IEnumerable<string> DramaNumbers()
{
    string[] prefixes = ["+447700900", "+441632960", "+442079460", "+441134960", "+441144960"];
    foreach (var prefix in prefixes)
    {
        for (var i = 0; i < 1000; i++)
        {
            yield return prefix + i.ToString("D3", CultureInfo.InvariantCulture);
        }
    }
}

static async Task SeedAsync(IServiceProvider services, List<string> phones, CancellationToken cancellationToken)
{
    var keys = services.GetRequiredService<SmsPhoneKeys>();
    await keys.EnsureAsync(cancellationToken).ConfigureAwait(false);
    var engine = await services.GetRequiredService<SmsSurvey>().EngineAsync(cancellationToken).ConfigureAwait(false);
    var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
    await using var db = services.GetRequiredService<SatisfactionStore>().CreateDbContext();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var force = db.Forces.Add(new Force { Code = "LOAD", Name = "Load Test Constabulary", CreatedAt = now }).Entity;
    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    var division = db.Divisions.Add(new Division { ForceId = force.Id, Code = "EAST", Name = "East" }).Entity;
    var programme = db.SurveyProgrammes.Add(new SurveyProgramme { ForceId = force.Id, Code = "uss", Name = "USS", Kind = ProgrammeKind.UserSatisfaction, UserGroups = ["burglary"], QuestionnaireId = "uss-burglary" }).Entity;
    var draw = db.SampleDraws.Add(new SampleDraw
    {
        ForceId = force.Id, ProgrammeCodes = ["uss"], AsOf = DateOnly.FromDateTime(now.UtcDateTime), Seed = 1, WindowStart = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-84)),
        WindowEnd = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-42)), AllocationMethod = "census", SelectionMethod = "srswor", ParametersJson = "{}", CreatedAt = now, Status = SampleDrawStatus.Completed,
    }).Entity;
    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    var reported = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-60));
    var sample = SmsDispatchService.SampleValues("burglary", reported);
    var start = engine.Start(sample);
    var cases = new List<SampledCase>();
    for (var i = 0; i < phones.Count; i++)
    {
        var crimeRef = string.Create(CultureInfo.InvariantCulture, $"LOAD/{i:D6}");
        var victim = string.Create(CultureInfo.InvariantCulture, $"LV-{i:D6}");
        db.RecordedCrimes.Add(new RecordedCrime
        {
            ForceId = force.Id, CrimeRef = crimeRef, RecordedAt = now.AddDays(-60), RecordedDate = reported, OffenceCode = "28A", IncidentType = IncidentType.Crime, DivisionId = division.Id,
            VictimId = victim, VictimType = VictimType.Person, VictimAge = 40, FirstImportedAt = now, UpdatedAt = now, SourceFile = "load", SourceLine = i + 1,
        });
        db.VictimContacts.Add(new VictimContact { ForceId = force.Id, VictimId = victim, PhoneE164 = phones[i], UpdatedAt = now });
        cases.Add(db.SampledCases.Add(new SampledCase
        {
            ForceId = force.Id, SampleDrawId = draw.Id, CrimeRef = crimeRef, VictimId = victim, SurveyProgrammeId = programme.Id, UserGroup = "burglary", DivisionId = division.Id,
            Stratum = "burglary/EAST", InclusionProbability = 1, DesignWeight = 1, Status = CaseStatus.InProgress,
        }).Entity);
    }

    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    var interviews = cases.Select(c => db.Interviews.Add(new Interview
    {
        SampledCaseId = c.Id, QuestionnaireId = engine.Questionnaire.Id, QuestionnaireVersion = engine.Questionnaire.Version, Mode = InterviewMode.Sms, StartedAt = now,
    }).Entity).ToList();
    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    var state = SmsSurvey.Serialise(start.State);
    var sampleJson = SmsSurvey.SerialiseSample(sample);
    for (var i = 0; i < phones.Count; i++)
    {
        db.SmsConversations.Add(new SmsConversation
        {
            PhoneKey = keys.KeyOf(phones[i]), SampledCaseId = cases[i].Id, InterviewId = interviews[i].Id, SampleJson = sampleJson, StateJson = state,
            Status = SmsConversationStatus.Open, StartedAt = now, LastActivityAt = now,
        });
        db.SmsCaseChannels.Add(new SmsCaseChannel { SampledCaseId = cases[i].Id, Status = SmsCaseStatus.Invited, UpdatedAt = now });
    }

    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
}
