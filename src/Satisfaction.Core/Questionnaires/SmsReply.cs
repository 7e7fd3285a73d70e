namespace Satisfaction.Core.Questionnaires;

/// <summary>An SMS reply as understood.</summary>
/// <param name="Kind">Answer, opt-out or invalid.</param>
/// <param name="Code">The code or number, for coded answers.</param>
/// <param name="Text">The text, for free-text answers.</param>
/// <param name="Reason">For <see cref="SmsReplyKind.Invalid"/>: what was wrong and what to reply (never echoes the reply).</param>
public sealed record SmsReply(SmsReplyKind Kind, int? Code, string? Text, string? Reason)
{
    /// <summary>The reply as an answer to <paramref name="questionId"/>; null unless <see cref="Kind"/> is <see cref="SmsReplyKind.Answer"/>.</summary>
    public Answer? ToAnswer(string questionId) => Kind == SmsReplyKind.Answer ? new Answer(questionId, Code, Text) : null;
}
