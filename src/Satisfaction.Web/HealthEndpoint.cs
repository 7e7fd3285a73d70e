using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Satisfaction.Core.Time;
using Satisfaction.Data;
using Satisfaction.Data.Health;
using Satisfaction.Scheduling;

namespace Satisfaction.Web;

/// <summary>
/// <c>GET /health</c>: <c>{"status": "ok"|"degraded", "store": {...}, "scheduler": {"running", "node", "jobs": [{"name",
/// "cron", "paused", "last_fire", "last_outcome", "next_fire"}]}}</c>, times ISO 8601 in UK local time with their
/// offset. "degraded" (HTTP 503) when the store cannot be written, the scheduler is not running, or a job failed
/// its last run.
/// </summary>
public sealed class HealthEndpoint(IOptions<StoreOptions> storeOptions, SchedulerStore schedulerStore, JobsControl jobs, SchedulerHostedService scheduler) : IEndpointModule
{
    /// <summary>JSON as written: times keep their '+' (no \u002B escapes).</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", async (HttpContext http) =>
        {
            var body = await ReportAsync(http.RequestAborted).ConfigureAwait(false);
            http.Response.StatusCode = (string?)body["status"] == "ok" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body.ToJsonString(Json), http.RequestAborted).ConfigureAwait(false);
        });

    /// <summary>The health document.</summary>
    public async Task<JsonObject> ReportAsync(CancellationToken cancellationToken)
    {
        var store = storeOptions.Value;
        var (writable, problem) = await StoreProbes.For(store.Provider).WritableAsync(store, cancellationToken).ConfigureAwait(false);
        var list = await jobs.ListAsync(cancellationToken).ConfigureAwait(false);
        var running = scheduler.Running;
        var ok = writable && running && list.All(j => j.LastOutcome != JobRunRecorder.Failed);
        var jobArray = new JsonArray();
        foreach (var j in list)
        {
            jobArray.Add(new JsonObject
            {
                ["name"] = j.Name,
                ["cron"] = j.Cron,
                ["paused"] = j.Paused,
                ["last_fire"] = Time(j.LastFire),
                ["last_outcome"] = j.LastOutcome,
                ["next_fire"] = Time(j.NextFire),
            });
        }

        return new JsonObject
        {
            ["status"] = ok ? "ok" : "degraded",
            ["store"] = new JsonObject
            {
                ["provider"] = store.Provider.ToString(),
                ["path"] = store.Provider == StoreProvider.PostgreSql ? StoreDescriptions.Of(store) : store.Path,
                ["writable"] = writable,
                ["problem"] = problem,
                ["job_store"] = schedulerStore.Path,
            },
            ["scheduler"] = new JsonObject
            {
                ["running"] = running,
                ["node"] = scheduler.Node,
                ["jobs"] = jobArray,
            },
        };
    }

    /// <summary>ISO 8601 with the UK offset, e.g. <c>2026-11-30T06:00:00+00:00</c>; null stays null.</summary>
    public static string? Time(DateTimeOffset? instant) =>
        instant is { } i ? i.ToOffset(UkLocalTime.OffsetAt(i)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) : null;
}
