namespace Satisfaction.Data.Entities;

/// <summary>One answer of a QA ring-back interview (kept apart from the survey's answers).</summary>
public sealed class QaAnswer
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The QA interview.</summary>
    public long QaInterviewId { get; set; }

    /// <summary>Question id (max 64).</summary>
    public string QuestionId { get; set; } = string.Empty;

    /// <summary>Answer code as text, e.g. <c>3</c> (max 32); null for free text.</summary>
    public string? Code { get; set; }

    /// <summary>Free-text answer (max 2000).</summary>
    public string? Text { get; set; }

    /// <summary>When it was given (UTC).</summary>
    public DateTimeOffset AnsweredAt { get; set; }
}
