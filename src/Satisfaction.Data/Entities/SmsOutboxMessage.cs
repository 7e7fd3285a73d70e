using Satisfaction.Core.Sms;

namespace Satisfaction.Data.Entities;

/// <summary>
/// A text to send, stored before any API call with a unique idempotency key, so a retry, a crash or a restart
/// never sends it twice. The number is personal data: never logged.
/// </summary>
public sealed class SmsOutboxMessage
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>Unique key of the text (e.g. <c>c42:q:police_actions:0</c>; max 100): the same text is never stored twice.</summary>
    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>The recipient in E.164 (max 16).</summary>
    public string ToPhone { get; set; } = string.Empty;

    /// <summary>The text (max 1600).</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Why it is sent.</summary>
    public SmsMessageKind Kind { get; set; }

    /// <summary>The conversation, when it belongs to one.</summary>
    public long? ConversationId { get; set; }

    /// <summary>Queued, sending, sent, failed or cancelled.</summary>
    public SmsOutboxStatus Status { get; set; }

    /// <summary>Not sent before this instant (UTC): the next permitted SMS time for a reply after hours.</summary>
    public DateTimeOffset NotBefore { get; set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a sender last claimed it (UTC).</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When the provider accepted it (UTC).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>API calls made for it (retries included).</summary>
    public int Attempts { get; set; }

    /// <summary>The provider's message SID (max 64), unique when set.</summary>
    public string? ProviderSid { get; set; }

    /// <summary>The provider's last reported status (<c>queued</c>, <c>sent</c>, <c>delivered</c>, <c>undelivered</c>, <c>failed</c>; max 16); never moves backwards.</summary>
    public string? DeliveryStatus { get; set; }

    /// <summary>The provider's error code (e.g. 21610, 30003), when any.</summary>
    public int? ErrorCode { get; set; }

    /// <summary>The last error, without personal data (max 200).</summary>
    public string? LastError { get; set; }
}
