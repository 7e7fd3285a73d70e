using System.Globalization;
using Satisfaction.Core;
using Satisfaction.Core.Time;

namespace Satisfaction.Web;

/// <summary>
/// The clock of <c>serve --now T --speed N</c>, for demos and tests: starts at UK local time T when the service
/// starts and runs N times faster than real time (timers too, so Quartz fires on it). Never used unless given.
/// </summary>
public sealed class ServiceClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly DateTimeOffset _startReal;
    private readonly DateTimeOffset _start;

    /// <summary>Creates the clock.</summary>
    /// <param name="start">The instant the clock shows now.</param>
    /// <param name="speed">How many clock seconds pass per real second (greater than 0; 1 is real time).</param>
    /// <param name="real">The real clock (the system clock in the service).</param>
    public ServiceClock(DateTimeOffset start, double speed, TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speed);
        _real = real;
        _startReal = real.GetUtcNow();
        _start = start.ToUniversalTime();
        Speed = speed;
    }

    /// <summary>Clock seconds per real second.</summary>
    public double Speed { get; }

    /// <summary>Parses <c>--now</c>: <c>yyyy-MM-ddTHH:mm</c> (or with seconds) in UK local time.</summary>
    /// <exception cref="InvalidInputException">Not such a time, or a time the clocks skip.</exception>
    public static DateTimeOffset ParseUkLocal(string text)
    {
        if (!DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new InvalidInputException($"--now '{text}' is not a UK local time in the form yyyy-MM-ddTHH:mm (e.g. 2026-11-30T10:00).");
        }

        if (!UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Earlier, out var utc, out _))
        {
            throw new InvalidInputException($"--now '{text}' does not exist in UK time (the clocks go forward then).");
        }

        return utc.ToOffset(UkLocalTime.OffsetAt(utc));
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _start + ((_real.GetUtcNow() - _startReal) * Speed);

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => Scheduling.LondonCronZone.Zone;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Speed;

    private sealed class ScaledTimer(ITimer inner, ServiceClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
