using Satisfaction.Core.Sms;

namespace Satisfaction.Data.Entities;

/// <summary>
/// The server-side state of one SMS interview, keyed by the victim's number (as the keyed hash
/// <see cref="PhoneKey"/>, so the table holds no number): at most one is open per number.
/// </summary>
public sealed class SmsConversation
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>Keyed hash (HMAC-SHA-256, lower-case hex, 64) of the E.164 number.</summary>
    public string PhoneKey { get; set; } = string.Empty;

    /// <summary>The sampled case (unique: one SMS interview per case).</summary>
    public long SampledCaseId { get; set; }

    /// <summary>The interview row the answers belong to.</summary>
    public long InterviewId { get; set; }

    /// <summary>The case's sample values piped into the texts, as a JSON object (max 2000).</summary>
    public string SampleJson { get; set; } = "{}";

    /// <summary>The <see cref="SmsConversationState"/> as JSON.</summary>
    public string StateJson { get; set; } = "{}";

    /// <summary>Open, completed, stopped or expired.</summary>
    public SmsConversationStatus Status { get; set; }

    /// <summary>When the invitation was stored (UTC).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The last question stored or reply received (UTC); the reminder does not count.</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>When the reminder was stored (UTC), or null.</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>When it ended (UTC), or null while open.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>AAPOR disposition once ended (max 8).</summary>
    public string? Disposition { get; set; }
}
