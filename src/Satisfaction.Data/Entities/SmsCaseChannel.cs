namespace Satisfaction.Data.Entities;

/// <summary>
/// A sampled case's state on the SMS channel (one row per case once it was invited), and whether it waits for a
/// telephone ring-back (<see cref="RingBackQueued"/>): the hand-over to the call-handler queue.
/// </summary>
public sealed class SmsCaseChannel
{
    /// <summary>The sampled case (the key).</summary>
    public long SampledCaseId { get; set; }

    /// <summary>Invited, interviewed, opted out, refused, no response or undeliverable.</summary>
    public SmsCaseStatus Status { get; set; }

    /// <summary>True when the case moved to the ring-back queue (non-response or a number SMS cannot reach).</summary>
    public bool RingBackQueued { get; set; }

    /// <summary>Why it moved (e.g. <c>no_response</c>, <c>twilio_30006</c>; max 32), or null.</summary>
    public string? RingBackReason { get; set; }

    /// <summary>When the row last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
