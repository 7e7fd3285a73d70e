using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FakeTwilio;

/// <summary>
/// A fake of the part of Twilio's REST API the service uses, on 127.0.0.1: create, fetch and list messages
/// (<c>/2010-04-01/Accounts/{AccountSid}/Messages.json</c>) with Twilio's JSON and error bodies, Basic auth, and
/// scripted behaviour: the next calls failing with 429/5xx, unsubscribed numbers (error 21610). It records every
/// message and posts signed status callbacks and inbound replies to the service, as Twilio does.
/// </summary>
public sealed class FakeTwilioServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, int Code, string Message)> failures = new();
    private readonly ConcurrentDictionary<string, int> refusedNumbers = new(StringComparer.Ordinal);
    private readonly List<FakeMessage> messages = [];
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private int sequence;
    private int inboundSequence;

    private FakeTwilioServer(WebApplication app, FakeTwilioOptions options)
    {
        this.app = app;
        Options = options;
    }

    /// <summary>The options.</summary>
    public FakeTwilioOptions Options { get; }

    /// <summary>The fake's base URL, e.g. <c>http://127.0.0.1:40123</c> (give it as <c>Sms:Twilio:ApiBaseUrl</c>).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Create calls received, including refused ones.</summary>
    public int CreateCalls => Volatile.Read(ref createCalls);

    private int createCalls;

    /// <summary>A copy of every accepted message, in order.</summary>
    public IReadOnlyList<FakeMessage> Messages
    {
        get
        {
            lock (messages)
            {
                return [.. messages];
            }
        }
    }

    /// <summary>Starts the fake on 127.0.0.1.</summary>
    public static async Task<FakeTwilioServer> StartAsync(FakeTwilioOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new FakeTwilioServer(app, options);
        server.Map();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>The next <paramref name="count"/> create calls fail with this HTTP status and Twilio error code (e.g. 500/20500, 429/20429).</summary>
    public void FailNext(int count, int httpStatus, int code, string message = "Service unavailable")
    {
        for (var i = 0; i < count; i++)
        {
            failures.Enqueue((httpStatus, code, message));
        }
    }

    /// <summary>Create calls to <paramref name="number"/> are refused with Twilio error <paramref name="code"/> (21610: unsubscribed recipient).</summary>
    public void Refuse(string number, int code = 21610) => refusedNumbers[number] = code;

    /// <summary>Moves a message to a status and posts the signed status callback (as Twilio would), returning the service's HTTP status.</summary>
    public async Task<HttpStatusCode> PostStatusAsync(string sid, string status, int? errorCode = null, CancellationToken cancellationToken = default)
    {
        var message = Messages.Single(m => m.Sid == sid);
        message.Status = status;
        message.ErrorCode = errorCode;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccountSid"] = Options.AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["MessageSid"] = sid,
            ["SmsSid"] = sid,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["To"] = message.To,
            ["From"] = message.From ?? "+447700900000",
        };
        if (errorCode is { } code)
        {
            fields["ErrorCode"] = code.ToString(CultureInfo.InvariantCulture);
        }

        var url = message.StatusCallback ?? Options.ServicePublicBaseUrl.TrimEnd('/') + "/sms/status";
        return await PostSignedAsync(url, fields, sign: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts an inbound text from <paramref name="from"/> to the service's <c>/sms/inbound</c>, signed; returns the HTTP status and body.</summary>
    /// <param name="from">The victim's number.</param>
    /// <param name="body">The text.</param>
    /// <param name="messageSid">The MessageSid (a new one when null; repeat one to imitate Twilio's retry).</param>
    /// <param name="signature">Null: a correct signature; empty: none; other: that (forged) value.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<(HttpStatusCode Status, string Body, string MessageSid)> PostInboundAsync(string from, string body, string? messageSid = null, string? signature = null, CancellationToken cancellationToken = default)
    {
        messageSid ??= NewSid("SM", Interlocked.Increment(ref inboundSequence) + 1_000_000);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccountSid"] = Options.AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["MessageSid"] = messageSid,
            ["SmsSid"] = messageSid,
            ["SmsMessageSid"] = messageSid,
            ["From"] = from,
            ["To"] = "+447700900000",
            ["Body"] = body,
            ["NumMedia"] = "0",
            ["NumSegments"] = "1",
        };
        var url = Options.ServicePublicBaseUrl.TrimEnd('/') + "/sms/inbound";
        var (status, text) = await PostAsync(url, fields, signature ?? TwilioSignature.Compute(Options.AuthToken, url, fields), cancellationToken).ConfigureAwait(false);
        return (status, text, messageSid);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<HttpStatusCode> PostSignedAsync(string url, Dictionary<string, string> fields, bool sign, CancellationToken cancellationToken) =>
        (await PostAsync(url, fields, sign ? TwilioSignature.Compute(Options.AuthToken, url, fields) : string.Empty, cancellationToken).ConfigureAwait(false)).Status;

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string publicUrl, Dictionary<string, string> fields, string signature, CancellationToken cancellationToken)
    {
        var target = publicUrl;
        if (Options.ServiceAddress is { } address && publicUrl.StartsWith(Options.ServicePublicBaseUrl.TrimEnd('/'), StringComparison.Ordinal))
        {
            target = address.TrimEnd('/') + publicUrl[Options.ServicePublicBaseUrl.TrimEnd('/').Length..];
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(fields) };
        if (signature.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("X-Twilio-Signature", signature);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    private void Map()
    {
        var root = "/2010-04-01/Accounts/{account}";
        app.MapPost(root + "/Messages.json", CreateAsync);
        app.MapGet(root + "/Messages/{sid}.json", (HttpContext context, string account, string sid) =>
        {
            if (Unauthorised(context, account) is { } refusal)
            {
                return refusal;
            }

            var message = Messages.FirstOrDefault(m => m.Sid == sid);
            return message is null
                ? Error(404, 20404, $"The requested resource /2010-04-01/Accounts/{account}/Messages/{sid}.json was not found")
                : Json(200, ToJson(message));
        });
        app.MapGet(root + "/Messages.json", (HttpContext context, string account) =>
        {
            if (Unauthorised(context, account) is { } refusal)
            {
                return refusal;
            }

            var to = context.Request.Query["To"].ToString();
            var list = Messages.Where(m => to.Length == 0 || m.To == to).Reverse().Select(ToJson).ToList();
            return Json(200, new Dictionary<string, object?>
            {
                ["messages"] = list,
                ["uri"] = $"/2010-04-01/Accounts/{account}/Messages.json?PageSize=50&Page=0",
                ["first_page_uri"] = $"/2010-04-01/Accounts/{account}/Messages.json?PageSize=50&Page=0",
                ["next_page_uri"] = null,
                ["previous_page_uri"] = null,
                ["page"] = 0,
                ["page_size"] = 50,
                ["start"] = 0,
                ["end"] = Math.Max(0, list.Count - 1),
            });
        });
        app.MapGet("/_fake/messages", () => Results.Json(Messages.Select(ToJson)));
        app.MapPost("/_fake/inbound", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var (status, body, sid) = await PostInboundAsync(form["From"].ToString(), form["Body"].ToString(), null, null, context.RequestAborted).ConfigureAwait(false);
            return Results.Json(new { status = (int)status, body, sid });
        });
        app.MapPost("/_fake/status", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            int? code = int.TryParse(form["ErrorCode"].ToString(), CultureInfo.InvariantCulture, out var c) ? c : null;
            var status = await PostStatusAsync(form["MessageSid"].ToString(), form["MessageStatus"].ToString(), code, context.RequestAborted).ConfigureAwait(false);
            return Results.Json(new { status = (int)status });
        });
    }

    private async Task<IResult> CreateAsync(HttpContext context, string account)
    {
        Interlocked.Increment(ref createCalls);
        if (Unauthorised(context, account) is { } refusal)
        {
            return refusal;
        }

        if (failures.TryDequeue(out var failure))
        {
            return Error(failure.Status, failure.Code, failure.Message);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var to = form["To"].ToString();
        var body = form["Body"].ToString();
        var from = form["From"].ToString();
        var service = form["MessagingServiceSid"].ToString();
        if (to.Length == 0)
        {
            return Error(400, 21604, "A 'To' phone number is required.");
        }

        if (body.Length == 0)
        {
            return Error(400, 21602, "Message body is required.");
        }

        if (from.Length == 0 && service.Length == 0)
        {
            return Error(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
        }

        if (refusedNumbers.TryGetValue(to, out var code))
        {
            return Error(400, code, code == 21610 ? "Attempt to send to unsubscribed recipient" : "The message cannot be sent to this number");
        }

        var message = new FakeMessage
        {
            Sid = NewSid("SM", Interlocked.Increment(ref sequence)),
            To = to,
            From = from.Length == 0 ? null : from,
            MessagingServiceSid = service.Length == 0 ? null : service,
            Body = body,
            StatusCallback = form["StatusCallback"].ToString() is { Length: > 0 } callback ? callback : null,
            CreatedAt = Options.Time.GetUtcNow(),
        };
        lock (messages)
        {
            messages.Add(message);
        }

        return Json(201, ToJson(message));
    }

    private IResult? Unauthorised(HttpContext context, string account)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.AccountSid}:{Options.AuthToken}"));
        return !string.Equals(header, expected, StringComparison.Ordinal) || !string.Equals(account, Options.AccountSid, StringComparison.Ordinal)
            ? Error(401, 20003, "Authenticate")
            : null;
    }

    private Dictionary<string, object?> ToJson(FakeMessage m)
    {
        var date = m.CreatedAt.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        var uri = $"/2010-04-01/Accounts/{Options.AccountSid}/Messages/{m.Sid}.json";
        return new Dictionary<string, object?>
        {
            ["account_sid"] = Options.AccountSid,
            ["api_version"] = "2010-04-01",
            ["body"] = m.Body,
            ["date_created"] = date,
            ["date_sent"] = date,
            ["date_updated"] = date,
            ["direction"] = "outbound-api",
            ["error_code"] = m.ErrorCode,
            ["error_message"] = null,
            ["from"] = m.From,
            ["messaging_service_sid"] = m.MessagingServiceSid,
            ["num_media"] = "0",
            ["num_segments"] = "1",
            ["price"] = null,
            ["price_unit"] = "GBP",
            ["sid"] = m.Sid,
            ["status"] = m.Status,
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = uri.Replace(".json", "/Media.json", StringComparison.Ordinal) },
            ["to"] = m.To,
            ["uri"] = uri,
        };
    }

    private static IResult Error(int status, int code, string message) => Json(status, new Dictionary<string, object?>
    {
        ["code"] = code,
        ["message"] = message,
        ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
        ["status"] = status,
    });

    private static IResult Json(int status, object value) =>
        Results.Text(JsonSerializer.Serialize(value), "application/json", Encoding.UTF8, status);

    private static string NewSid(string prefix, int n) => prefix + n.ToString("x32", CultureInfo.InvariantCulture);
}
