namespace Satisfaction.Core.Contact;

/// <summary>
/// The permitted contact hours of one channel in UK local time: from <see cref="Start"/> (inclusive) to
/// <see cref="End"/> (exclusive) on every day that is not a bank holiday, Sundays only when
/// <see cref="Sundays"/> is true. A window never crosses midnight.
/// </summary>
public sealed record ChannelHours
{
    /// <summary>First permitted local time of the day, inclusive (e.g. 09:00). Must be before <see cref="End"/>.</summary>
    public TimeOnly Start { get; init; } = new(9, 0);

    /// <summary>First local time no longer permitted, exclusive (e.g. 20:00: 19:59:59 is allowed, 20:00 is not).</summary>
    public TimeOnly End { get; init; } = new(20, 0);

    /// <summary>Whether Sundays are permitted days (default false). Bank holidays never are.</summary>
    public bool Sundays { get; init; }
}
