using System.Net;
using Microsoft.Extensions.Options;
using Satisfaction.Data.Entities;
using Satisfaction.Sms.Hosting;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Satisfaction.Sms.Transport;

/// <summary>
/// Sends with the Twilio library (<c>MessageResource.CreateAsync</c>: To, From or MessagingServiceSid, Body,
/// StatusCallback = <c>{Sms:PublicBaseUrl}/sms/status</c>) through one <see cref="TwilioRestClient"/> whose
/// <see cref="SystemNetHttpClient"/> sends every call to <c>Sms:Twilio:ApiBaseUrl</c> when it is set.
/// </summary>
public sealed class TwilioSmsTransport : ISmsTransport, IDisposable
{
    private readonly SmsOptions options;
    private readonly System.Net.Http.HttpClient http;
    private readonly TwilioRestClient client;

    /// <summary>Creates the transport from validated options.</summary>
    public TwilioSmsTransport(IOptions<SmsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        HttpMessageHandler handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (this.options.Twilio.ApiBaseUrl is { } baseUrl)
        {
            handler = new BaseUrlRewritingHandler(new Uri(baseUrl)) { InnerHandler = handler };
        }

        http = new System.Net.Http.HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        client = new TwilioRestClient(this.options.Twilio.AccountSid, this.options.Twilio.AuthToken, httpClient: new SystemNetHttpClient(http));
    }

    /// <inheritdoc />
    public string Name => options.Twilio.ApiBaseUrl is null ? "twilio" : "twilio (API at Sms:Twilio:ApiBaseUrl)";

    /// <inheritdoc />
    public async Task<SmsSendResult> SendAsync(SmsOutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var create = new CreateMessageOptions(new PhoneNumber(message.ToPhone))
        {
            Body = message.Body,
            StatusCallback = new Uri(options.PublicBaseUrl!.TrimEnd('/') + "/sms/status"),
        };
        if (!string.IsNullOrWhiteSpace(options.Twilio.MessagingServiceSid))
        {
            create.MessagingServiceSid = options.Twilio.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(options.Twilio.From);
        }

        try
        {
            var created = await MessageResource.CreateAsync(create, client).ConfigureAwait(false);
            return new SmsSendResult(created.Sid, created.Status?.ToString() ?? "queued");
        }
        catch (ApiException ex)
        {
            throw new SmsTransportException($"Twilio refused the message: HTTP {ex.Status}, error {ex.Code}", ex.Status, ex.Code, ex);
        }
        catch (ApiConnectionException ex)
        {
            throw new SmsTransportException("Twilio could not be reached", (int)HttpStatusCode.ServiceUnavailable, 0, ex);
        }
    }

    /// <inheritdoc />
    public async Task<string?> FindSentAsync(SmsOutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var since = (message.ClaimedAt ?? message.CreatedAt).UtcDateTime.AddMinutes(-1);
            var read = new ReadMessageOptions { To = new PhoneNumber(message.ToPhone), DateSentAfter = since, PageSize = 50, Limit = 200 };
            var found = await MessageResource.ReadAsync(read, client).ConfigureAwait(false);
            return found.FirstOrDefault(m => string.Equals(m.Body, message.Body, StringComparison.Ordinal))?.Sid;
        }
        catch (ApiException ex)
        {
            throw new SmsTransportException($"Twilio refused the message list: HTTP {ex.Status}, error {ex.Code}", ex.Status, ex.Code, ex);
        }
        catch (ApiConnectionException ex)
        {
            throw new SmsTransportException("Twilio could not be reached", (int)HttpStatusCode.ServiceUnavailable, 0, ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}
