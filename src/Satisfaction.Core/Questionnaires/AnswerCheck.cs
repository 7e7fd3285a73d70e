namespace Satisfaction.Core.Questionnaires;

/// <summary>Whether an answer is acceptable, and if not why (a message fit to send back to the respondent).</summary>
/// <param name="IsValid">True when the answer is allowed.</param>
/// <param name="Reason">Why it is not allowed and what to reply instead, e.g. "12 is not an allowed code; reply 1 to 7, or 8 for don't know"; null when valid.</param>
public sealed record AnswerCheck(bool IsValid, string? Reason)
{
    /// <summary>The accepted result.</summary>
    public static AnswerCheck Valid { get; } = new(true, null);

    /// <summary>A rejection with its reason.</summary>
    public static AnswerCheck Invalid(string reason) => new(false, reason);
}
