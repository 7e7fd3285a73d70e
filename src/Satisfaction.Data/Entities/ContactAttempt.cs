namespace Satisfaction.Data.Entities;

/// <summary>
/// One attempt to reach a case: either a sampled victim (<see cref="SampledCaseId"/>) or an RDD number
/// (<see cref="RddNumberId"/>), exactly one of the two.
/// </summary>
public sealed class ContactAttempt
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The sampled victim case, for USS/ASB.</summary>
    public long? SampledCaseId { get; set; }

    /// <summary>The RDD number, for the confidence survey.</summary>
    public long? RddNumberId { get; set; }

    /// <summary>SMS or phone.</summary>
    public ContactChannel Channel { get; set; }

    /// <summary>When the attempt was made (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Operational outcome, e.g. <c>no_answer</c>, <c>delivered</c>, <c>refused</c> (max 32).</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>AAPOR disposition code, e.g. <c>1.1</c>, <c>2.11</c>, <c>3.13</c>, <c>4.32</c> (max 8).</summary>
    public string Disposition { get; set; } = string.Empty;

    /// <summary>The call-handler who made a telephone attempt (max 100); null for SMS.</summary>
    public string? Handler { get; set; }

    /// <summary>For an appointment outcome, the agreed time of the next call (UTC); else null.</summary>
    public DateTimeOffset? AppointmentAt { get; set; }
}
