namespace Satisfaction.Demo.Fieldwork;

/// <summary>
/// The service clock of the demo's fieldwork: it stands still until the demo moves it, and never goes back, so two
/// years of fieldwork run without a wall-clock wait. Every service of the fieldwork (dispatch, webhook writer, outbox,
/// ring-back desk, draws, RDD releases) takes it as its <see cref="TimeProvider"/>.
/// </summary>
/// <param name="start">The first instant.</param>
public sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves the clock to <paramref name="instant"/>; an instant before now leaves it where it is.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        if (instant.UtcTicks > Interlocked.Read(ref _ticks))
        {
            Interlocked.Exchange(ref _ticks, instant.UtcTicks);
        }
    }

    /// <summary>Moves the clock on by <paramref name="span"/> (a negative span does nothing).</summary>
    public void Advance(TimeSpan span) => MoveTo(GetUtcNow() + span);
}
