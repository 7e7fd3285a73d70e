using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Sms;

/// <summary>
/// The server-side state of one SMS interview, as plain data to store as JSON: the answers given, the questions
/// recorded as no answer (after the re-prompts ran out), the question waiting, and how often it was re-prompted.
/// </summary>
/// <param name="QuestionnaireId">Questionnaire id.</param>
/// <param name="QuestionnaireVersion">Questionnaire version.</param>
/// <param name="Answers">Answers in the order given (codes on the question's scale, or texts).</param>
/// <param name="NoAnswer">Questions recorded as no answer, in order.</param>
/// <param name="CurrentQuestionId">The question waiting for a reply; null once the conversation is over.</param>
/// <param name="Status">Open, completed, stopped or expired.</param>
/// <param name="Reprompts">Re-prompts already sent for the current question (0 to the maximum, default 2).</param>
public sealed record SmsConversationState(
    string QuestionnaireId,
    string QuestionnaireVersion,
    IReadOnlyList<Answer> Answers,
    IReadOnlyList<string> NoAnswer,
    string? CurrentQuestionId,
    SmsConversationStatus Status,
    int Reprompts)
{
    /// <summary>True while a question is waiting for a reply.</summary>
    public bool IsOpen => Status == SmsConversationStatus.Open;
}
