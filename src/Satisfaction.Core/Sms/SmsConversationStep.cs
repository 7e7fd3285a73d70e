using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Sms;

/// <summary>The result of one event in a conversation: the new state, the texts to send, and what to record.</summary>
/// <param name="State">The state after the event.</param>
/// <param name="Outcome">What the reply did (<see cref="SmsReplyOutcome.Answered"/> for a start).</param>
/// <param name="Messages">Texts to send, in order (none after STOP).</param>
/// <param name="Answer">The answer recorded by this reply, or null.</param>
/// <param name="QuestionId">The question the reply was taken as a reply to, or null.</param>
public sealed record SmsConversationStep(
    SmsConversationState State,
    SmsReplyOutcome Outcome,
    IReadOnlyList<SmsOutgoing> Messages,
    Answer? Answer,
    string? QuestionId);
