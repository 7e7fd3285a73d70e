using System.Net;
using Satisfaction.Sms.Hosting;
using Satisfaction.Sms.Outbox;
using Satisfaction.Sms.Transport;

namespace Satisfaction.Sms.Tests;

public sealed class SmsUnitTests
{
    [Fact]
    public void Transport_defaults_to_offline_without_credentials_and_to_twilio_with_them()
    {
        Assert.Equal(SmsTransportKind.Offline, SmsOptionsValidator.TransportOf(new SmsOptions()));
        var withCredentials = new SmsOptions { Twilio = new SmsTwilioOptions { AccountSid = "AC1", AuthToken = "t" } };
        Assert.Equal(SmsTransportKind.Twilio, SmsOptionsValidator.TransportOf(withCredentials));
        Assert.Equal(SmsTransportKind.Offline, SmsOptionsValidator.TransportOf(new SmsOptions { Transport = "offline", Twilio = withCredentials.Twilio }));
        Assert.True(new SmsOptionsValidator().Validate(null, new SmsOptions()).Succeeded);
    }

    [Fact]
    public void Validation_names_every_bad_key()
    {
        var options = new SmsOptions
        {
            Transport = "pigeon",
            PublicBaseUrl = "survey.force.example",
            MaxPerSecond = 0,
            SuppressionKey = "short",
            ReminderAfter = TimeSpan.FromHours(80),
            Twilio = new SmsTwilioOptions { ApiBaseUrl = "ftp://127.0.0.1" },
        };
        var result = new SmsOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        foreach (var key in new[] { "Sms:Transport", "Sms:PublicBaseUrl", "Sms:MaxPerSecond", "Sms:SuppressionKey", "Sms:ExpireAfter", "Sms:Twilio:ApiBaseUrl" })
        {
            Assert.Contains(result.Failures!, f => f.StartsWith(key, StringComparison.Ordinal));
        }

        var twilio = new SmsOptionsValidator().Validate(null, new SmsOptions { Transport = "twilio" });
        Assert.Contains(twilio.Failures!, f => f.Contains("Sms:Twilio:AccountSid", StringComparison.Ordinal));
        Assert.Contains(twilio.Failures!, f => f.Contains("Sms:Twilio:From or Sms:Twilio:MessagingServiceSid", StringComparison.Ordinal));
        Assert.Contains(twilio.Failures!, f => f.Contains("Sms:PublicBaseUrl is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "sent", "sent")]
    [InlineData("delivered", "sent", "delivered")]
    [InlineData("sent", "delivered", "delivered")]
    [InlineData("delivered", "delivered", "delivered")]
    [InlineData("queued", "nonsense", "queued")]
    [InlineData("sent", "UNDELIVERED", "undelivered")]
    public void Delivery_status_never_moves_backwards(string? current, string incoming, string expected) =>
        Assert.Equal(expected, SmsDeliveryStatuses.Later(current, incoming));

    [Fact]
    public async Task The_base_url_handler_sends_every_twilio_host_to_the_configured_base_keeping_path_and_query()
    {
        using var inner = new RecordingHandler();
        using var handler = new BaseUrlRewritingHandler(new Uri("http://127.0.0.1:5099/fake")) { InnerHandler = inner };
        using var client = new HttpClient(handler);
        await client.GetAsync(new Uri("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?To=%2B447700900123"));
        await client.GetAsync(new Uri("https://messaging.twilio.com/v1/Services"));
        Assert.Equal(
            ["http://127.0.0.1:5099/fake/2010-04-01/Accounts/AC1/Messages.json?To=%2B447700900123", "http://127.0.0.1:5099/fake/v1/Services"],
            inner.Seen);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen.Add(request.RequestUri!.AbsoluteUri);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
