namespace Satisfaction.Data.Entities;

/// <summary>One call of a QA ring-back (kept apart from the survey's <see cref="ContactAttempt"/> rows).</summary>
public sealed class QaAttempt
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The QA call case.</summary>
    public long CallCaseId { get; set; }

    /// <summary>When the call ended (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The handler (max 100).</summary>
    public string Handler { get; set; } = string.Empty;

    /// <summary>Outcome code, e.g. <c>no_answer</c> (max 32).</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>AAPOR disposition (max 8).</summary>
    public string Disposition { get; set; } = string.Empty;

    /// <summary>Agreed time of the next call for an appointment (UTC).</summary>
    public DateTimeOffset? AppointmentAt { get; set; }
}
