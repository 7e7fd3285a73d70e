using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Sms;

/// <summary>
/// The SMS conversation as a pure state machine over a questionnaire: the invitation is the first question with
/// the case's values piped in; each reply is checked for a keyword (opt-out first, then HELP), then parsed by
/// <see cref="SmsReplyParser"/> against the waiting question's scale; the questionnaire's routing engine
/// (<see cref="InterviewEngine"/>) decides every next question. An invalid reply is re-prompted with the hint at
/// most <see cref="MaxReprompts"/> times, then the question is recorded as no answer and the conversation moves on.
/// Thread-safe (no mutable state); never throws on any reply text.
/// </summary>
public sealed class SmsConversationEngine
{
    /// <summary>Creates the engine.</summary>
    /// <param name="questionnaire">A lint-clean definition whose questions asked by SMS all have an <c>sms</c> text.</param>
    /// <param name="texts">The service's own texts (thank-you, help, ...).</param>
    /// <param name="maxReprompts">Re-prompts per question, 0 to 10 (default 2).</param>
    public SmsConversationEngine(Questionnaire questionnaire, SmsConversationTexts texts, int maxReprompts = 2)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(maxReprompts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxReprompts, 10);
        Interview = new InterviewEngine(questionnaire);
        Texts = texts;
        MaxReprompts = maxReprompts;
    }

    /// <summary>The routing engine of the questionnaire.</summary>
    public InterviewEngine Interview { get; }

    /// <summary>The questionnaire.</summary>
    public Questionnaire Questionnaire => Interview.Questionnaire;

    /// <summary>The service's own texts.</summary>
    public SmsConversationTexts Texts { get; }

    /// <summary>Re-prompts per question before it is recorded as no answer.</summary>
    public int MaxReprompts { get; }

    /// <summary>Starts a conversation: the invitation (the first relevant question), or a completed state if none is relevant.</summary>
    /// <exception cref="InvalidInputException">The question needs a sample value the case does not have.</exception>
    public SmsConversationStep Start(IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var first = Interview.NextQuestion(null, new Dictionary<string, Answer>(StringComparer.Ordinal), sample);
        var state = new SmsConversationState(Questionnaire.Id, Questionnaire.Version, [], [], first?.Id,
            first is null ? SmsConversationStatus.Completed : SmsConversationStatus.Open, 0);
        IReadOnlyList<SmsOutgoing> messages = first is null ? [] : [Ask(SmsMessageKind.Invitation, first, sample)];
        return new SmsConversationStep(state, SmsReplyOutcome.Answered, messages, null, null);
    }

    /// <summary>The question waiting for a reply, or null.</summary>
    public Question? Current(SmsConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsOpen && state.CurrentQuestionId is { } id ? Questionnaire.FindQuestion(id) : null;
    }

    /// <summary>Handles one reply (any text, including empty, control characters or 1,600 characters).</summary>
    /// <param name="state">The conversation's state.</param>
    /// <param name="sample">The case's sample values.</param>
    /// <param name="body">The reply as received.</param>
    public SmsConversationStep Reply(SmsConversationState state, IReadOnlyDictionary<string, string> sample, string? body)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(sample);
        body ??= string.Empty;
        var keyword = SmsKeywords.Classify(body);
        if (keyword == SmsKeyword.OptOut)
        {
            var stopped = state.IsOpen ? state with { CurrentQuestionId = null, Status = SmsConversationStatus.Stopped } : state;
            return new SmsConversationStep(stopped, SmsReplyOutcome.OptedOut, [], null, state.CurrentQuestionId);
        }

        if (Current(state) is not { } question)
        {
            return new SmsConversationStep(state, keyword == SmsKeyword.Help ? SmsReplyOutcome.Help : SmsReplyOutcome.Ignored,
                keyword == SmsKeyword.Help ? [new SmsOutgoing(SmsMessageKind.Help, Texts.HelpText, null)] : [], null, null);
        }

        if (keyword == SmsKeyword.Help)
        {
            return new SmsConversationStep(state, SmsReplyOutcome.Help, [new SmsOutgoing(SmsMessageKind.Help, Texts.HelpText, null)], null, question.Id);
        }

        var scale = Questionnaire.ScaleOf(question);
        var parsed = SmsReplyParser.Parse(scale, body);
        if (parsed.Kind == SmsReplyKind.OptOut)
        {
            return new SmsConversationStep(state with { CurrentQuestionId = null, Status = SmsConversationStatus.Stopped }, SmsReplyOutcome.OptedOut, [], null, question.Id);
        }

        if (parsed.ToAnswer(question.Id) is { } answer && Interview.Validate(answer).IsValid)
        {
            var answers = state.Answers.Append(answer).ToList();
            return MoveOn(state with { Answers = answers }, question, sample, SmsReplyOutcome.Answered, answer);
        }

        if (state.Reprompts < MaxReprompts)
        {
            var hint = scale.SmsHint is { Length: > 0 } h ? h.Trim() : Texts.TextHint;
            var reprompt = new SmsOutgoing(SmsMessageKind.Reprompt, $"{Texts.NotUnderstood} {hint}", question.Id);
            return new SmsConversationStep(state with { Reprompts = state.Reprompts + 1 }, SmsReplyOutcome.Reprompted, [reprompt], null, question.Id);
        }

        return MoveOn(state with { NoAnswer = state.NoAnswer.Append(question.Id).ToList() }, question, sample, SmsReplyOutcome.NoAnswer, null);
    }

    /// <summary>The reminder of the waiting question, or null when the conversation is over.</summary>
    public SmsOutgoing? Reminder(SmsConversationState state, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (Current(state) is not { } question)
        {
            return null;
        }

        var asked = Ask(SmsMessageKind.Reminder, question, sample);
        return asked with { Body = $"{Texts.ReminderPrefix} {asked.Body}" };
    }

    /// <summary>Closes an open conversation whose time ran out (no message is sent).</summary>
    public static SmsConversationState Expire(SmsConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsOpen ? state with { CurrentQuestionId = null, Status = SmsConversationStatus.Expired } : state;
    }

    /// <summary>The conversation's AAPOR disposition (see <see cref="SmsDispositions"/>); null while it is open.</summary>
    public string? Disposition(SmsConversationState state) => SmsDispositions.Of(state, Questionnaire);

    private SmsConversationStep MoveOn(SmsConversationState state, Question answered, IReadOnlyDictionary<string, string> sample, SmsReplyOutcome outcome, Answer? answer)
    {
        var map = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var a in state.Answers)
        {
            map[a.QuestionId] = a;
        }

        var next = Interview.NextQuestion(answered, map, sample);
        while (next is not null && state.NoAnswer.Contains(next.Id, StringComparer.Ordinal))
        {
            // A lint-clean definition never routes back; never ask a question twice all the same.
            next = Interview.NextQuestion(next, map, sample);
        }

        if (next is null)
        {
            var done = state with { CurrentQuestionId = null, Status = SmsConversationStatus.Completed, Reprompts = 0 };
            return new SmsConversationStep(done, outcome, [new SmsOutgoing(SmsMessageKind.ThankYou, Texts.ThankYou, null)], answer, answered.Id);
        }

        var moved = state with { CurrentQuestionId = next.Id, Reprompts = 0 };
        return new SmsConversationStep(moved, outcome, [Ask(SmsMessageKind.Question, next, sample)], answer, answered.Id);
    }

    private SmsOutgoing Ask(SmsMessageKind kind, Question question, IReadOnlyDictionary<string, string> sample)
    {
        var scale = Questionnaire.FindScale(question.ScaleId);
        var body = question.Sms is null
            ? Piping.Apply(question.Text.Trim(), sample) + (scale?.SmsHint is { Length: > 0 } hint ? " " + hint.Trim() : string.Empty)
            : SmsMessage.Compose(question, scale, sample);
        return new SmsOutgoing(kind, body, question.Id);
    }
}
