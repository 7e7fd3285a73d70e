using System.Globalization;
using NodaTime;

namespace Satisfaction.Core.Time;

/// <summary>
/// UK civil time (Europe/London: GMT in winter, BST in summer): local date-times to UTC instants with the
/// clock changes handled by explicit policies, UK calendar dates of instants, and ages at a date. The zone
/// comes from the tz database embedded in NodaTime, not from the operating system, so the answers are the
/// same on Linux, Windows and a container without tzdata.
/// </summary>
public static class UkLocalTime
{
    /// <summary>The IANA id of the zone.</summary>
    public const string ZoneId = "Europe/London";

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>The Europe/London zone from NodaTime's embedded tz database.</summary>
    public static DateTimeZone Zone => London;

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
        var mapping = London.MapLocal(LocalDateTime.FromDateTime(wall));
        reason = null;
        utc = default;
        switch (mapping.Count)
        {
            case 0:
                if (skipped == SkippedLocalTimePolicy.Reject)
                {
                    reason = Invariant($"{wall:yyyy-MM-dd HH:mm} does not exist in UK local time (the clocks went forward); give the time with an offset");
                    return false;
                }

                // The offset in force before the gap (GMT): 01:30 is 01:30 UTC, i.e. 02:30 BST.
                utc = new DateTimeOffset(wall - mapping.EarlyInterval.WallOffset.ToTimeSpan(), TimeSpan.Zero);
                return true;
            case 2:
                if (ambiguous == AmbiguousLocalTimePolicy.Reject)
                {
                    reason = Invariant($"{wall:yyyy-MM-dd HH:mm} happens twice in UK local time (the clocks went back); give the time with an offset");
                    return false;
                }

                var zoned = ambiguous == AmbiguousLocalTimePolicy.Earlier ? mapping.First() : mapping.Last();
                utc = zoned.ToDateTimeOffset().ToUniversalTime();
                return true;
            default:
                utc = mapping.Single().ToDateTimeOffset().ToUniversalTime();
                return true;
        }
    }

    /// <summary>
    /// The instant of a UK wall-clock time, read as the clocks show it: a time in the skipped spring hour is moved
    /// forward by the gap (01:30 becomes 02:30 BST), a time in the repeated autumn hour is the later, GMT one.
    /// </summary>
    public static DateTimeOffset ToInstantLenient(DateTime local)
    {
        TryToUtc(local, SkippedLocalTimePolicy.ShiftForward, AmbiguousLocalTimePolicy.Later, out var utc, out _);
        return utc;
    }

    /// <summary>The UK wall-clock offset from UTC at an instant: zero in GMT, one hour in BST.</summary>
    public static TimeSpan OffsetAt(DateTimeOffset instant) =>
        London.GetUtcOffset(Instant.FromDateTimeOffset(instant)).ToTimeSpan();

    /// <summary>The UK local calendar date of an instant (e.g. 2026-06-30T23:30Z is 2026-07-01 in BST).</summary>
    public static DateOnly ToUkDate(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(London).Date.ToDateOnly();

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
