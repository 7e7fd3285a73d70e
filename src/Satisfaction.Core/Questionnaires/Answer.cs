namespace Satisfaction.Core.Questionnaires;

/// <summary>A recorded answer: a code (choice scales, numbers) or a text (free-text scales).</summary>
/// <param name="QuestionId">The question answered.</param>
/// <param name="Code">The code or number given; null for a text answer.</param>
/// <param name="Text">The text given; null for a coded answer.</param>
public sealed record Answer(string QuestionId, int? Code, string? Text)
{
    /// <summary>A coded (or numeric) answer.</summary>
    public static Answer OfCode(string questionId, int code) => new(questionId, code, null);

    /// <summary>A free-text answer.</summary>
    public static Answer OfText(string questionId, string text) => new(questionId, null, text);

    /// <summary>The value conditions see: the code as a number, else the text.</summary>
    internal object? ConditionValue => Code is { } code ? (decimal)code : Text;
}
