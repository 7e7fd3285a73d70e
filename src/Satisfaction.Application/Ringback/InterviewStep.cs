using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Ringback;

/// <summary>Where a case's interview stands: the question to read out now (text piped), or the end.</summary>
/// <param name="Status">In progress, completed or stopped.</param>
/// <param name="Question">The question waiting for an answer; null at the end.</param>
/// <param name="Scale">Its answer scale; null at the end.</param>
/// <param name="Text">Its telephone text with the case's values piped in; null at the end.</param>
/// <param name="Answers">Answers so far, in order.</param>
/// <param name="Rejected">Why the last answer was refused (shown to the handler); null when none was.</param>
public sealed record InterviewStep(
    InterviewStatus Status,
    Question? Question,
    AnswerScale? Scale,
    string? Text,
    IReadOnlyList<Answer> Answers,
    string? Rejected = null);
