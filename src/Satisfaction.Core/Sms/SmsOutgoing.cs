namespace Satisfaction.Core.Sms;

/// <summary>A text the conversation wants sent.</summary>
/// <param name="Kind">Why it is sent.</param>
/// <param name="Body">The text (one SMS part for the shipped questionnaire; at most 1,600 characters).</param>
/// <param name="QuestionId">The question it asks, or null for help and thank-you texts.</param>
public sealed record SmsOutgoing(SmsMessageKind Kind, string Body, string? QuestionId);
