namespace Satisfaction.Sms.Hosting;

/// <summary>
/// SMS settings (section <c>Sms</c>; environment variables <c>SATISFACTION_SMS__...</c>). Secrets (the auth token,
/// the suppression key) belong in environment variables or user secrets, never in a file in the repository.
/// </summary>
public sealed class SmsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sms";

    /// <summary><c>twilio</c> or <c>offline</c>; unset: <c>twilio</c> when an account SID and auth token are set, else <c>offline</c>.</summary>
    public string? Transport { get; set; }

    /// <summary>The Twilio account and sender.</summary>
    public SmsTwilioOptions Twilio { get; set; } = new();

    /// <summary>The URL at which Twilio reaches this service (e.g. <c>https://survey.force.example</c>, no trailing slash needed); signatures are checked against it and status callbacks point to it.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Texts sent per second at most, over every job of the process (default 10; 0.1 to 1000).</summary>
    public double MaxPerSecond { get; set; } = 10;

    /// <summary>Key of the suppression list's keyed hash (at least 16 characters); unset: a key is generated once and kept in the store.</summary>
    public string? SuppressionKey { get; set; }

    /// <summary>Quiet time before the one reminder (default 24 h; at least 1 minute).</summary>
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Quiet time after the last question or reply before the interview expires (default 72 h; longer than <see cref="ReminderAfter"/>).</summary>
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromHours(72);
}
