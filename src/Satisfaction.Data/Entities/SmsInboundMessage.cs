namespace Satisfaction.Data.Entities;

/// <summary>
/// A text received (one row per provider MessageSid, so a webhook retried by Twilio is stored once), kept with
/// its raw body for audit and, when no interview was open, for a supervisor. Personal data: never logged.
/// </summary>
public sealed class SmsInboundMessage
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The provider's MessageSid (unique, max 64).</summary>
    public string MessageSid { get; set; } = string.Empty;

    /// <summary>The sender's number as received (max 32).</summary>
    public string FromPhone { get; set; } = string.Empty;

    /// <summary>The raw body (max 1600).</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>When it was received (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The conversation it was a reply to, or null (no open interview).</summary>
    public long? ConversationId { get; set; }

    /// <summary>The question it was taken as a reply to, or null (max 64).</summary>
    public string? QuestionId { get; set; }

    /// <summary>What it did: <c>answered</c>, <c>reprompted</c>, <c>no_answer</c>, <c>opted_out</c>, <c>opted_in</c>, <c>help</c>, <c>ignored</c>, <c>unmatched</c> (max 16).</summary>
    public string Outcome { get; set; } = string.Empty;
}
