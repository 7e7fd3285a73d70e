namespace FakeTwilio;

/// <summary>A message the fake accepted (outbound) with its current status.</summary>
public sealed class FakeMessage
{
    /// <summary>Message SID (<c>SM</c> + 32 hex).</summary>
    public required string Sid { get; init; }

    /// <summary>Recipient.</summary>
    public required string To { get; init; }

    /// <summary>Sender number, or null when a messaging service was used.</summary>
    public string? From { get; init; }

    /// <summary>Messaging service SID, or null.</summary>
    public string? MessagingServiceSid { get; init; }

    /// <summary>Text.</summary>
    public required string Body { get; init; }

    /// <summary>Status callback URL given at creation, or null.</summary>
    public string? StatusCallback { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Current status (<c>queued</c>, <c>sent</c>, <c>delivered</c>, <c>undelivered</c>, ...).</summary>
    public string Status { get; set; } = "queued";

    /// <summary>Error code, when failed.</summary>
    public int? ErrorCode { get; set; }
}
