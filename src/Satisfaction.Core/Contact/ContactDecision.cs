namespace Satisfaction.Core.Contact;

/// <summary>The answer to "may we contact now, and if not, when next?" for one channel.</summary>
/// <param name="Channel">The channel asked about.</param>
/// <param name="Allowed">True when contact is permitted at the instant asked about.</param>
/// <param name="NextAllowedAt">
/// The instant asked about when allowed; otherwise the first permitted instant after it (the start of the next
/// window), in UK local offset (e.g. <c>2027-03-30T09:00+01:00</c>).
/// </param>
/// <param name="WindowEnd">The end (exclusive) of the window that contains <paramref name="NextAllowedAt"/>, in UK local offset.</param>
/// <param name="Reason">Why not now; <see cref="ContactBlockReason.None"/> when allowed.</param>
/// <param name="Explanation">One culture-invariant sentence for logs and screens (no personal data).</param>
public sealed record ContactDecision(
    ContactChannel Channel,
    bool Allowed,
    DateTimeOffset NextAllowedAt,
    DateTimeOffset WindowEnd,
    ContactBlockReason Reason,
    string Explanation);
