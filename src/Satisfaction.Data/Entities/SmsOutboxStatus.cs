namespace Satisfaction.Data.Entities;

/// <summary>Where an outbox text stands.</summary>
public enum SmsOutboxStatus
{
    /// <summary>Stored, waiting to be sent at or after its not-before time.</summary>
    Queued = 0,

    /// <summary>Claimed by a sender; the API call may or may not have reached the provider (checked after a crash).</summary>
    Sending = 1,

    /// <summary>Accepted by the provider (its message SID is stored) or, offline, recorded.</summary>
    Sent = 2,

    /// <summary>Refused for good (e.g. Twilio 21610 unsubscribed, 21211 invalid number).</summary>
    Failed = 3,

    /// <summary>Withdrawn before sending (the number opted out, or the conversation ended).</summary>
    Cancelled = 4,
}
