namespace Satisfaction.Core.Questionnaires;

/// <summary>
/// An interview as plain data, to store and resume: which questionnaire (id and version), the answers in
/// the order given, the question waiting for an answer, and the status. Serialises with System.Text.Json
/// as it stands. Sample values are not part of the state: they belong to the case and are passed in.
/// </summary>
/// <param name="QuestionnaireId">Id of the questionnaire.</param>
/// <param name="QuestionnaireVersion">Version of the questionnaire the answers were given to.</param>
/// <param name="Answers">Answers in the order given.</param>
/// <param name="CurrentQuestionId">The question waiting for an answer; null when the interview is over.</param>
/// <param name="Status">In progress, completed or stopped.</param>
public sealed record InterviewState(
    string QuestionnaireId,
    string QuestionnaireVersion,
    IReadOnlyList<Answer> Answers,
    string? CurrentQuestionId,
    InterviewStatus Status)
{
    /// <summary>The answers by question id.</summary>
    public IReadOnlyDictionary<string, Answer> AnswersById() => Answers.ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
}
