namespace Satisfaction.Data.Entities;

/// <summary>A QA ring-back interview: kept apart from the survey's <see cref="Interview"/> rows.</summary>
public sealed class QaInterview
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The QA call case.</summary>
    public long CallCaseId { get; set; }

    /// <summary>Questionnaire id (max 64).</summary>
    public string QuestionnaireId { get; set; } = string.Empty;

    /// <summary>Questionnaire version (max 32).</summary>
    public string QuestionnaireVersion { get; set; } = string.Empty;

    /// <summary>When it started (UTC).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it completed (UTC); null while open.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Routing state as JSON.</summary>
    public string StateJson { get; set; } = "{}";
}
