namespace Satisfaction.Sms.Dispatch;

/// <summary>What one dispatch pass did (counts only: no personal data).</summary>
/// <param name="SmsPermittedNow">Whether SMS hours allowed sending at the pass's time.</param>
/// <param name="Invited">Invitations stored.</param>
/// <param name="Reminded">Reminders stored.</param>
/// <param name="Expired">Interviews closed by expiry.</param>
/// <param name="SkippedNoMobile">Cases whose victim has no mobile number.</param>
/// <param name="SkippedOptedOut">Cases whose number or victim opted out.</param>
/// <param name="SkippedBusyNumber">Cases whose number is already in an open SMS interview.</param>
/// <param name="Sent">Texts the transport accepted in this pass (the CLI sends at once; <c>serve</c>'s sender runs on its own).</param>
public sealed record SmsDispatchResult(bool SmsPermittedNow, int Invited, int Reminded, int Expired, int SkippedNoMobile, int SkippedOptedOut, int SkippedBusyNumber, int Sent);
