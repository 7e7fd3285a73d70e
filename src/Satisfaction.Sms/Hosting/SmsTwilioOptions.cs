namespace Satisfaction.Sms.Hosting;

/// <summary>The Twilio account (section <c>Sms:Twilio</c>).</summary>
public sealed class SmsTwilioOptions
{
    /// <summary>Account SID (<c>AC</c> + 32 hex).</summary>
    public string? AccountSid { get; set; }

    /// <summary>Auth token: authenticates API calls and validates webhook signatures. A secret.</summary>
    public string? AuthToken { get; set; }

    /// <summary>Sender number in E.164, or unset when <see cref="MessagingServiceSid"/> is given.</summary>
    public string? From { get; set; }

    /// <summary>Messaging service SID (<c>MG</c>...), used instead of <see cref="From"/> when set.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>Where every REST call of the Twilio library goes instead of Twilio (tests, the bundled FakeTwilio), e.g. <c>http://127.0.0.1:5099</c>; unset: Twilio's own.</summary>
    public string? ApiBaseUrl { get; set; }
}
