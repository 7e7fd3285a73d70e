using Satisfaction.Core.Fieldwork;

namespace Satisfaction.Data.Entities;

/// <summary>
/// One case on the telephone ring-back queue: a sampled victim (<see cref="SampledCaseId"/>) or a released RDD
/// number (<see cref="RddNumberId"/>), exactly one of the two. Holds the queue state the claim needs
/// (status, priority, next call time), the lock of the handler working it, and for RDD the household selection.
/// No contact details: those stay in <c>victim_contacts</c> / <c>rdd_numbers</c>.
/// </summary>
public sealed class CallCase
{
    /// <summary>Store key: the case id handlers and scripts use.</summary>
    public long Id { get; set; }

    /// <summary>The force of the sampled case or RDD number; a call handler's queue is one force's.</summary>
    public int ForceId { get; set; }

    /// <summary>Victim or RDD.</summary>
    public CaseKind Kind { get; set; }

    /// <summary>Survey or QA ring-back.</summary>
    public CallPurpose Purpose { get; set; }

    /// <summary>Why it is on the queue.</summary>
    public CallSource Source { get; set; }

    /// <summary>The sampled victim case (victim kind).</summary>
    public long? SampledCaseId { get; set; }

    /// <summary>The RDD number (RDD kind).</summary>
    public long? RddNumberId { get; set; }

    /// <summary>Questionnaire of the call (max 64), e.g. <c>uss-burglary</c>, <c>rdd-confidence</c>.</summary>
    public string QuestionnaireId { get; set; } = string.Empty;

    /// <summary>Stratum for the supervisor view (max 64): the sampled case's stratum, or <c>rdd</c>.</summary>
    public string Stratum { get; set; } = string.Empty;

    /// <summary>Queue state.</summary>
    public CallCaseStatus Status { get; set; }

    /// <summary>Order among due cases: 0 appointment, 1 fresh (never called), 2 retry.</summary>
    public int Priority { get; set; }

    /// <summary>Earliest time of the next call (UTC, within calling hours); null when closed.</summary>
    public DateTimeOffset? NextCallAt { get; set; }

    /// <summary>Telephone attempts made.</summary>
    public int Attempts { get; set; }

    /// <summary>The case's AAPOR disposition now (interim while open, final once closed), max 8.</summary>
    public string Disposition { get; set; } = "3.11";

    /// <summary>Handler holding the case (max 100); null when free.</summary>
    public string? LockedBy { get; set; }

    /// <summary>When the current holder claimed the case (UTC); null when free.</summary>
    public DateTimeOffset? LockedAt { get; set; }

    /// <summary>When the lock lapses (UTC) unless renewed by a key; null when free.</summary>
    public DateTimeOffset? LockExpiresAt { get; set; }

    /// <summary>Raised by every claim, so a console can tell that its lock was taken over.</summary>
    public long LockVersion { get; set; }

    /// <summary>Kish table assigned to the number (RDD), e.g. <c>b1</c>; null for victims (max 4).</summary>
    public string? KishTable { get; set; }

    /// <summary>How the respondent was selected in the household (RDD, once done), e.g. <c>next_birthday_reported</c> (max 32).</summary>
    public string? SelectionMethod { get; set; }

    /// <summary>Adults (16+) in the household (RDD, once selected).</summary>
    public int? SelectionAdults { get; set; }

    /// <summary>1-based Kish-order position selected (Kish grid), else null.</summary>
    public int? SelectionPosition { get; set; }

    /// <summary>Probability of the within-household selection, (0, 1] (RDD, once selected).</summary>
    public double? SelectionProbability { get; set; }

    /// <summary>The open or last interview (survey: <c>interviews</c>; QA: <c>qa_interviews</c>).</summary>
    public long? InterviewId { get; set; }

    /// <summary>Handlers' free-text notes for the next caller (max 4000). Personal data: never logged.</summary>
    public string? Notes { get; set; }

    /// <summary>When it was queued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
