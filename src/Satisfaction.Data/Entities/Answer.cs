namespace Satisfaction.Data.Entities;

/// <summary>The answer to one question in an interview (one row per question; a changed answer updates it).</summary>
public sealed class Answer
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The interview.</summary>
    public long InterviewId { get; set; }

    /// <summary>Question id from the questionnaire (max 64).</summary>
    public string QuestionId { get; set; } = string.Empty;

    /// <summary>Coded answer, e.g. <c>fairly_satisfied</c>, <c>dont_know</c> (max 32); null for free text.</summary>
    public string? Code { get; set; }

    /// <summary>Free-text answer (max 2000).</summary>
    public string? Text { get; set; }

    /// <summary>When it was given (UTC).</summary>
    public DateTimeOffset AnsweredAt { get; set; }
}
