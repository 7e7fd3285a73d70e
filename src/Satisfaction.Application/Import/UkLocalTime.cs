using System.Globalization;

namespace Satisfaction.Application.Import;

/// <summary>
/// Turns UK local date-times (Europe/London) into UTC instants, handling the clock changes explicitly:
/// the skipped spring hour and the repeated autumn hour follow the given policies.
/// </summary>
public static class UkLocalTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The Europe/London zone.</summary>
    public static TimeZoneInfo Zone => London;

    /// <summary>
    /// Converts a wall-clock time in London to UTC. Returns false with a reason when the policy rejects
    /// a skipped or repeated time.
    /// </summary>
    public static bool TryToUtc(
        DateTime local,
        SkippedLocalTimePolicy skipped,
        AmbiguousLocalTimePolicy ambiguous,
        out DateTimeOffset utc,
        out string? reason)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        reason = null;
        utc = default;
        if (London.IsInvalidTime(wall))
        {
            if (skipped == SkippedLocalTimePolicy.Reject)
            {
                reason = Invariant($"{wall:yyyy-MM-dd HH:mm} does not exist in UK local time (the clocks went forward); give the time with an offset");
                return false;
            }

            utc = new DateTimeOffset(wall - London.BaseUtcOffset, TimeSpan.Zero);
            return true;
        }

        if (London.IsAmbiguousTime(wall))
        {
            if (ambiguous == AmbiguousLocalTimePolicy.Reject)
            {
                reason = Invariant($"{wall:yyyy-MM-dd HH:mm} happens twice in UK local time (the clocks went back); give the time with an offset");
                return false;
            }

            var offsets = London.GetAmbiguousTimeOffsets(wall);
            var offset = ambiguous == AmbiguousLocalTimePolicy.Earlier ? offsets.Max() : offsets.Min();
            utc = new DateTimeOffset(wall - offset, TimeSpan.Zero);
            return true;
        }

        utc = new DateTimeOffset(wall - London.GetUtcOffset(wall), TimeSpan.Zero);
        return true;
    }

    /// <summary>The London calendar date of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
