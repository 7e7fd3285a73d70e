namespace Satisfaction.Scheduling;

/// <summary>
/// UK civil time as a <see cref="TimeZoneInfo"/> for Quartz's cron triggers, built from the rule in force since 1996
/// (GMT; BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October) instead of the
/// operating system's time-zone database, so crons fire at the same UK times on every platform, including
/// containers without tzdata and Windows. A test checks it against NodaTime's embedded tz database hour by hour.
/// </summary>
public static class LondonCronZone
{
    /// <summary>The zone (id <c>Europe/London</c>).</summary>
    public static TimeZoneInfo Zone { get; } = Create();

    private static TimeZoneInfo Create()
    {
        // Transition times are local wall-clock times before the change: 01:00 GMT in March, 02:00 BST in October.
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0, DateTimeKind.Unspecified), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0, DateTimeKind.Unspecified), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(1996, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Europe/London", TimeSpan.Zero, "UK time", "GMT", "BST", [rule]);
    }
}
