namespace Satisfaction.Sms.Transport;

/// <summary>What the provider said to a send.</summary>
/// <param name="ProviderSid">Its message SID (e.g. <c>SM...</c>; offline: <c>OFFLINE...</c>).</param>
/// <param name="Status">Its status, e.g. <c>queued</c>, <c>accepted</c>, <c>sent</c>.</param>
public sealed record SmsSendResult(string ProviderSid, string Status);
