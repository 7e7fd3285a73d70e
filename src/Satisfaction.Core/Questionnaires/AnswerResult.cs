namespace Satisfaction.Core.Questionnaires;

/// <summary>The outcome of submitting an answer.</summary>
/// <param name="Accepted">True when the answer was recorded.</param>
/// <param name="Reason">Why it was refused (to send back to the respondent); null when accepted.</param>
/// <param name="State">The new state when accepted; the unchanged state when refused.</param>
public sealed record AnswerResult(bool Accepted, string? Reason, InterviewState State);
