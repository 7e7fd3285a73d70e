namespace Satisfaction.Application.Ringback;

/// <summary>What one <see cref="SmsRingbackSync"/> run did (counts only).</summary>
/// <param name="HandedOver">Cases made ready for calls (SMS non-response or an undeliverable number).</param>
/// <param name="Closed">Cases held for the SMS survey that were closed on the queue because the SMS side closed them.</param>
public sealed record SmsRingbackSyncResult(int HandedOver, int Closed);
