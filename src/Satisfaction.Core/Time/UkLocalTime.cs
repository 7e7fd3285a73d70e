using System.Globalization;

namespace Satisfaction.Core.Time;

/// <summary>
/// UK civil time (Europe/London: GMT in winter, BST in summer): local date-times to UTC instants with the
/// clock changes handled by explicit policies, UK calendar dates of instants, and ages at a date.
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

    /// <summary>The UK local calendar date of an instant (e.g. 2026-06-30T23:30Z is 2026-07-01 in BST).</summary>
    public static DateOnly ToUkDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>Age in completed years on <paramref name="on"/> (a 29 February birthday counts from 1 March); 0 if not yet born.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        if (on.Month < dateOfBirth.Month || (on.Month == dateOfBirth.Month && on.Day < dateOfBirth.Day))
        {
            age--;
        }

        return Math.Max(age, 0);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
