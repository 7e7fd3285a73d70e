namespace Satisfaction.Core.Questionnaires;

/// <summary>
/// Runs a questionnaire: the first question, validation of answers, the next question after each answer
/// (routes, then <c>relevant</c> conditions), and resuming a stored <see cref="InterviewState"/>.
/// Stateless and pure: every method takes the state and returns a new one.
/// </summary>
/// <remarks>
/// Routing after an answer: the question's routes are tried in order and the first whose condition holds
/// (or the unconditional <c>goto</c>) gives the next candidate, or ends the interview; without a route the
/// candidate is the next question in the file. From the candidate on, questions whose block or own
/// <c>relevant</c> condition is false are skipped (their routes are not taken). The definition should be
/// lint-clean; a definition that would ask a question twice makes the engine throw
/// <see cref="InvalidInputException"/>.
/// </remarks>
public sealed class InterviewEngine
{
    /// <summary>Creates an engine for a definition whose questions all have known scales.</summary>
    /// <exception cref="ArgumentException">A question has an unknown scale (lint the definition first).</exception>
    public InterviewEngine(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        foreach (var question in questionnaire.Questions)
        {
            if (questionnaire.FindScale(question.ScaleId) is null)
            {
                throw new ArgumentException($"Question '{question.Id}' uses unknown scale '{question.ScaleId}'.", nameof(questionnaire));
            }
        }

        Questionnaire = questionnaire;
    }

    /// <summary>The definition.</summary>
    public Questionnaire Questionnaire { get; }

    /// <summary>Starts an interview: the first relevant question, or an already completed state if none is relevant.</summary>
    public InterviewState Start(IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var first = NextQuestion(null, new Dictionary<string, Answer>(StringComparer.Ordinal), sample);
        return new InterviewState(Questionnaire.Id, Questionnaire.Version, [], first?.Id, first is null ? InterviewStatus.Completed : InterviewStatus.InProgress);
    }

    /// <summary>The question waiting for an answer, or null when the interview is over.</summary>
    public Question? Current(InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status == InterviewStatus.InProgress && state.CurrentQuestionId is { } id ? Questionnaire.FindQuestion(id) : null;
    }

    /// <summary>Checks an answer against its question's scale (see <see cref="AnswerValidator"/>).</summary>
    public AnswerCheck Validate(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Questionnaire.FindQuestion(answer.QuestionId) is { } question
            ? AnswerValidator.Validate(Questionnaire.ScaleOf(question), answer)
            : AnswerCheck.Invalid($"there is no question '{answer.QuestionId}' in questionnaire '{Questionnaire.Id}'");
    }

    /// <summary>Records an answer to the current question and moves on; refuses (with the reason) an invalid or misplaced answer.</summary>
    public AnswerResult Submit(InterviewState state, IReadOnlyDictionary<string, string> sample, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(answer);
        CheckSameQuestionnaire(state);
        if (Current(state) is not { } current)
        {
            return new AnswerResult(false, "the interview is over; no question is waiting for an answer", state);
        }

        if (!string.Equals(current.Id, answer.QuestionId, StringComparison.Ordinal))
        {
            return new AnswerResult(false, $"the answer is for question '{answer.QuestionId}' but the current question is '{current.Id}'", state);
        }

        var check = Validate(answer);
        if (!check.IsValid)
        {
            return new AnswerResult(false, check.Reason, state);
        }

        var answers = state.Answers.Append(answer).ToList();
        var next = NextQuestion(current, ToMap(answers), sample);
        var status = next is null ? InterviewStatus.Completed : InterviewStatus.InProgress;
        return new AnswerResult(true, null, state with { Answers = answers, CurrentQuestionId = next?.Id, Status = status });
    }

    /// <summary>Ends the interview at the respondent's request (e.g. an SMS "STOP"); answers so far are kept.</summary>
    public static InterviewState Stop(InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with { CurrentQuestionId = null, Status = InterviewStatus.Stopped };
    }

    /// <summary>Replays a list of answers from the start; throws <see cref="InvalidInputException"/> when one does not fit the routing.</summary>
    public InterviewState Replay(IReadOnlyDictionary<string, string> sample, IEnumerable<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var state = Start(sample);
        var n = 0;
        foreach (var answer in answers)
        {
            n++;
            var result = Submit(state, sample, answer);
            if (!result.Accepted)
            {
                throw new InvalidInputException($"answer {n} (question '{answer.QuestionId}') does not fit questionnaire '{Questionnaire.Id}' version {Questionnaire.Version}: {result.Reason}");
            }

            state = result.State;
        }

        return state;
    }

    /// <summary>
    /// Checks a stored state against this definition (same id and version, answers that replay to the same
    /// position) and returns it ready to continue. Throws <see cref="InvalidInputException"/> when it does not fit.
    /// </summary>
    public InterviewState Resume(InterviewState state, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(state);
        CheckSameQuestionnaire(state);
        var replayed = Replay(sample, state.Answers);
        if (state.Status == InterviewStatus.Stopped)
        {
            return Stop(replayed);
        }

        if (!string.Equals(replayed.CurrentQuestionId, state.CurrentQuestionId, StringComparison.Ordinal) || replayed.Status != state.Status)
        {
            throw new InvalidInputException(
                $"stored interview says the next question is '{state.CurrentQuestionId ?? "(end)"}' but its answers lead to '{replayed.CurrentQuestionId ?? "(end)"}'");
        }

        return replayed;
    }

    /// <summary>True when the question's block and own <c>relevant</c> conditions hold.</summary>
    public bool IsRelevant(Question question, IReadOnlyDictionary<string, Answer> answers, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(question);
        var block = Questionnaire.FindBlock(question.BlockId);
        return (block?.Relevant?.Evaluate(answers, sample) ?? true) && (question.Relevant?.Evaluate(answers, sample) ?? true);
    }

    /// <summary>The question after <paramref name="answered"/> (null: the first question), or null for the end.</summary>
    public Question? NextQuestion(Question? answered, IReadOnlyDictionary<string, Answer> answers, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(sample);
        var start = 0;
        if (answered is not null)
        {
            var route = answered.Routes.FirstOrDefault(r => r.When is null || r.When.Evaluate(answers, sample));
            if (route is { EndsInterview: true })
            {
                return null;
            }

            start = route is null ? answered.Index + 1 : Questionnaire.FindQuestion(route.Target)?.Index
                ?? throw new InvalidInputException($"question '{answered.Id}' routes to unknown question '{route.Target}'");
        }

        var questions = Questionnaire.Questions;
        for (var i = start; i < questions.Count; i++)
        {
            var candidate = questions[i];
            if (!IsRelevant(candidate, answers, sample))
            {
                continue;
            }

            return answers.ContainsKey(candidate.Id)
                ? throw new InvalidInputException($"routing would ask question '{candidate.Id}' a second time; lint '{Questionnaire.FileName}'")
                : candidate;
        }

        return null;
    }

    private static Dictionary<string, Answer> ToMap(List<Answer> answers)
    {
        var map = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var a in answers)
        {
            map[a.QuestionId] = a;
        }

        return map;
    }

    private void CheckSameQuestionnaire(InterviewState state)
    {
        if (!string.Equals(state.QuestionnaireId, Questionnaire.Id, StringComparison.Ordinal)
            || !string.Equals(state.QuestionnaireVersion, Questionnaire.Version, StringComparison.Ordinal))
        {
            throw new InvalidInputException(
                $"the interview belongs to questionnaire '{state.QuestionnaireId}' version {state.QuestionnaireVersion}, not '{Questionnaire.Id}' version {Questionnaire.Version}");
        }
    }
}
