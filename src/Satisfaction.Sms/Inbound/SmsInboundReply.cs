namespace Satisfaction.Sms.Inbound;

/// <summary>An inbound text as Twilio posted it (personal data: never logged).</summary>
/// <param name="MessageSid">Twilio's MessageSid (unique per text; a retried webhook repeats it).</param>
/// <param name="From">The sender's number (E.164).</param>
/// <param name="Body">The text as received (may be empty; at most 1,600 characters are kept).</param>
public sealed record SmsInboundReply(string MessageSid, string From, string Body);
