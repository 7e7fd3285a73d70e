using System.Globalization;
using Satisfaction.Core.Time;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary>
/// The clock of the ring-back commands: the host's clock, or with <c>--now yyyy-MM-ddTHH:mm</c> (UK local time) a
/// clock that starts at that time and runs on at the real pace (as <c>serve --now</c> does), for tests and demos.
/// </summary>
public sealed class RingbackClock : TimeProvider
{
    private readonly TimeProvider real;
    private readonly DateTimeOffset start;
    private readonly long startTimestamp;

    private RingbackClock(TimeProvider real, DateTimeOffset start)
    {
        this.real = real;
        this.start = start;
        startTimestamp = real.GetTimestamp();
    }

    /// <summary>The clock for a command: <paramref name="real"/> when <paramref name="now"/> is null.</summary>
    /// <exception cref="FormatException">Never: call <see cref="Check"/> in the settings' validation first.</exception>
    public static TimeProvider For(TimeProvider real, string? now)
    {
        ArgumentNullException.ThrowIfNull(real);
        return now is null ? real : new RingbackClock(real, Parse(now) ?? throw new FormatException(Check(now)));
    }

    /// <summary>Why <paramref name="now"/> is not a usable <c>--now</c>, or null when it is.</summary>
    public static string? Check(string? now)
    {
        if (now is null)
        {
            return null;
        }

        if (!DateTime.TryParseExact(now, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return $"--now '{now}' is not a UK local time in the form yyyy-MM-ddTHH:mm.";
        }

        return UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Reject, out _, out var reason)
            ? null
            : $"--now '{now}': {reason}.";
    }

    /// <summary>A <c>yyyy-MM-ddTHH:mm</c> UK local time as an instant (the earlier one when the clocks go back), or null.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Earlier, out var utc, out _)
            ? utc
            : null;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => start + real.GetElapsedTime(startTimestamp);

    /// <inheritdoc />
    public override long GetTimestamp() => real.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => real.TimestampFrequency;
}
