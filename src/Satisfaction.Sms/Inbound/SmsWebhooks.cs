using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Satisfaction.Sms.Hosting;
using Twilio.Security;

namespace Satisfaction.Sms.Inbound;

/// <summary>
/// The Twilio webhooks <c>POST /sms/inbound</c> and <c>POST /sms/status</c> (form-encoded, as Twilio sends them).
/// Every request's <c>X-Twilio-Signature</c> is checked with the Twilio library's <see cref="RequestValidator"/>
/// against <c>{Sms:PublicBaseUrl}{path}</c> and the form fields: a missing or wrong signature gets 403 and changes
/// nothing. An accepted request is answered with empty TwiML once its work is committed (replies go through the outbox).
/// </summary>
public sealed class SmsWebhooks(IOptions<SmsOptions> options, SmsInboundWriter writer, ILogger<SmsWebhooks> logger)
{
    /// <summary>The empty TwiML answer.</summary>
    public const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private const int MaxSidLength = 64;

    private readonly RequestValidator? validator = string.IsNullOrEmpty(options.Value.Twilio.AuthToken) ? null : new RequestValidator(options.Value.Twilio.AuthToken);

    /// <summary>Handles <c>POST /sms/inbound</c>.</summary>
    public async Task<IResult> InboundAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (form, refusal) = await ReadSignedFormAsync(context).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var sid = First(form!, "MessageSid") ?? First(form!, "SmsSid");
        var from = First(form!, "From");
        if (string.IsNullOrWhiteSpace(sid) || string.IsNullOrWhiteSpace(from) || sid.Length > MaxSidLength)
        {
            return Results.BadRequest("MessageSid (at most 64 characters) and From are required form fields.");
        }

        await writer.SubmitAsync(new SmsInboundReply(sid, from, First(form!, "Body") ?? string.Empty), context.RequestAborted).ConfigureAwait(false);
        return Results.Text(EmptyTwiml, "text/xml");
    }

    /// <summary>Handles <c>POST /sms/status</c>.</summary>
    public async Task<IResult> StatusAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (form, refusal) = await ReadSignedFormAsync(context).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var sid = First(form!, "MessageSid") ?? First(form!, "SmsSid");
        var status = First(form!, "MessageStatus") ?? First(form!, "SmsStatus");
        if (string.IsNullOrWhiteSpace(sid) || string.IsNullOrWhiteSpace(status) || sid.Length > MaxSidLength)
        {
            return Results.BadRequest("MessageSid and MessageStatus are required form fields.");
        }

        int? code = int.TryParse(First(form!, "ErrorCode"), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;
        await writer.SubmitAsync(new SmsStatusReport(sid, status, code), context.RequestAborted).ConfigureAwait(false);
        return Results.Text(EmptyTwiml, "text/xml");
    }

    private async Task<(IFormCollection? Form, IResult? Refusal)> ReadSignedFormAsync(HttpContext context)
    {
        var request = context.Request;
        var signature = request.Headers["X-Twilio-Signature"].ToString();
        if (validator is null || options.Value.PublicBaseUrl is null)
        {
            logger.LogWarning("SMS webhook {Path} refused: Sms:Twilio:AuthToken and Sms:PublicBaseUrl are needed to check signatures", request.Path.Value);
            return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        if (string.IsNullOrEmpty(signature))
        {
            logger.LogWarning("SMS webhook {Path} refused: no X-Twilio-Signature", request.Path.Value);
            return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        if (!request.HasFormContentType)
        {
            return (null, Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        }

        var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            fields[key] = value.ToString();
        }

        var url = options.Value.PublicBaseUrl.TrimEnd('/') + request.Path.Value + request.QueryString.Value;
        if (!validator.Validate(url, fields, signature))
        {
            logger.LogWarning("SMS webhook {Path} refused: the signature does not match", request.Path.Value);
            return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        return (form, null);
    }

    private static string? First(IFormCollection form, string key) => form.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;
}
