namespace Satisfaction.Data.Entities;

/// <summary>
/// The service's own SMS suppression list: a number (as a keyed hash, so the list survives retention of contact
/// details) that opted out. Nothing is sent to it, in any programme, until it texts START.
/// </summary>
public sealed class SmsSuppression
{
    /// <summary>Keyed hash (HMAC-SHA-256, lower-case hex, 64) of the E.164 number; the key.</summary>
    public string PhoneKey { get; set; } = string.Empty;

    /// <summary>When the opt-out was recorded (UTC).</summary>
    public DateTimeOffset OptedOutAt { get; set; }

    /// <summary>How: <c>keyword</c> (STOP and the like) or <c>twilio_21610</c> (max 32).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>When START lifted it (UTC); null while in force.</summary>
    public DateTimeOffset? LiftedAt { get; set; }
}
