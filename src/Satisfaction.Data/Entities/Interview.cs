namespace Satisfaction.Data.Entities;

/// <summary>
/// One run through a questionnaire for a case: a sampled victim (<see cref="SampledCaseId"/>) or an RDD
/// number (<see cref="RddNumberId"/>), exactly one of the two.
/// </summary>
public sealed class Interview
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The sampled victim case, for USS/ASB.</summary>
    public long? SampledCaseId { get; set; }

    /// <summary>The RDD number, for the confidence survey.</summary>
    public long? RddNumberId { get; set; }

    /// <summary>Questionnaire id (max 64).</summary>
    public string QuestionnaireId { get; set; } = string.Empty;

    /// <summary>Questionnaire version the interview follows (max 32).</summary>
    public string QuestionnaireVersion { get; set; } = string.Empty;

    /// <summary>Phone, SMS or web.</summary>
    public InterviewMode Mode { get; set; }

    /// <summary>When it started (UTC).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it completed (UTC); null while open or when broken off.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Routing state (current question, loop counters) as JSON.</summary>
    public string StateJson { get; set; } = "{}";
}
