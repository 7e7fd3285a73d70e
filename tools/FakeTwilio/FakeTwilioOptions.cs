namespace FakeTwilio;

/// <summary>How the fake behaves.</summary>
public sealed class FakeTwilioOptions
{
    /// <summary>The account SID API calls must use (Basic auth user and path).</summary>
    public string AccountSid { get; init; } = "AC" + new string('0', 32);

    /// <summary>The auth token (Basic auth password; the key webhook signatures are made with).</summary>
    public string AuthToken { get; init; } = "fake-auth-token";

    /// <summary>Port on 127.0.0.1 (0: any free port).</summary>
    public int Port { get; init; }

    /// <summary>The service's public base URL (what Twilio is configured with); webhooks are signed against it. E.g. <c>https://survey.force.example</c>.</summary>
    public string ServicePublicBaseUrl { get; init; } = "http://127.0.0.1:5000";

    /// <summary>The clock of message dates.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where webhooks are actually posted (the service's real address); null: to the public URL itself.</summary>
    public string? ServiceAddress { get; set; }
}
