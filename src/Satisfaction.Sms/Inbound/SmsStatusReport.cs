namespace Satisfaction.Sms.Inbound;

/// <summary>A status callback as Twilio posted it.</summary>
/// <param name="MessageSid">The message the status is about.</param>
/// <param name="Status">Twilio's MessageStatus, e.g. <c>sent</c>, <c>delivered</c>, <c>undelivered</c>.</param>
/// <param name="ErrorCode">Twilio's ErrorCode (e.g. 30003), or null.</param>
public sealed record SmsStatusReport(string MessageSid, string Status, int? ErrorCode);
