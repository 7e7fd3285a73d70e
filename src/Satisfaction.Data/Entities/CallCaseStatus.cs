namespace Satisfaction.Data.Entities;

/// <summary>
/// Where a telephone case stands in the ring-back queue. Only <see cref="Ready"/> cases are offered to handlers.
/// </summary>
/// <remarks>
/// The SMS side puts a victim it is texting in the queue as <see cref="AwaitingSms"/>; when the victim does not
/// answer or the number cannot take texts it sets <see cref="Ready"/> with source
/// <see cref="CallSource.SmsNonResponse"/> or <see cref="CallSource.SmsUndeliverable"/> (and
/// <c>next_call_at</c>), and the case is then an ordinary ring-back case.
/// </remarks>
public enum CallCaseStatus
{
    /// <summary>Held for the SMS survey; not offered for calls until the SMS side marks it <see cref="Ready"/>.</summary>
    AwaitingSms = 0,

    /// <summary>Open: offered to handlers from <c>next_call_at</c> on.</summary>
    Ready = 1,

    /// <summary>Closed with a final disposition (complete, refusal, ineligible, attempts used up).</summary>
    Closed = 2,
}
