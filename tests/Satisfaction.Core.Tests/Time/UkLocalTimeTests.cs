using Satisfaction.Core.Time;

namespace Satisfaction.Core.Tests.Time;

/// <summary>
/// UK civil time from NodaTime's embedded tz database: the clock-change days of 2026 (29 March, 25 October)
/// give the same answers on every platform, whatever the operating system's zone files say.
/// </summary>
public sealed class UkLocalTimeTests
{
    [Fact]
    public void Zone_IsTheEmbeddedEuropeLondon()
    {
        Assert.Equal("Europe/London", UkLocalTime.Zone.Id);
        Assert.Equal(NodaTime.DateTimeZoneProviders.Tzdb["Europe/London"], UkLocalTime.Zone);
    }

    [Theory]
    [InlineData("2026-01-15T12:00:00", "2026-01-15T12:00:00Z")] // GMT
    [InlineData("2026-07-14T18:05:00", "2026-07-14T17:05:00Z")] // BST
    [InlineData("2026-03-29T00:59:00", "2026-03-29T00:59:00Z")] // just before the spring change
    [InlineData("2026-03-29T02:00:00", "2026-03-29T01:00:00Z")] // first BST minute
    [InlineData("2026-10-25T02:00:00", "2026-10-25T02:00:00Z")] // first minute after the repeated hour
    public void TryToUtc_OrdinaryTimes_UseTheOffsetInForce(string local, string expected)
    {
        Assert.True(UkLocalTime.TryToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Reject, out var utc, out var reason));
        Assert.Null(reason);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Fact]
    public void TryToUtc_SkippedSpringHour_ShiftsForwardOrIsRejected()
    {
        var local = new DateTime(2026, 3, 29, 1, 30, 0);

        Assert.True(UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.ShiftForward, AmbiguousLocalTimePolicy.Reject, out var utc, out _));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), utc); // 02:30 BST

        Assert.False(UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Later, out _, out var reason));
        Assert.Equal("2026-03-29 01:30 does not exist in UK local time (the clocks went forward); give the time with an offset", reason);
    }

    [Fact]
    public void TryToUtc_RepeatedAutumnHour_TakesTheChosenOccurrenceOrIsRejected()
    {
        var local = new DateTime(2026, 10, 25, 1, 30, 0);

        Assert.True(UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Earlier, out var earlier, out _));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), earlier); // BST
        Assert.True(UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Later, out var later, out _));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), later); // GMT

        Assert.False(UkLocalTime.TryToUtc(local, SkippedLocalTimePolicy.Reject, AmbiguousLocalTimePolicy.Reject, out _, out var reason));
        Assert.Equal("2026-10-25 01:30 happens twice in UK local time (the clocks went back); give the time with an offset", reason);
    }

    [Fact]
    public void ToInstantLenient_AndOffsetAt_AgreeWithTheClocks()
    {
        var spring = UkLocalTime.ToInstantLenient(new DateTime(2026, 3, 29, 1, 30, 0));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), spring);
        Assert.Equal(TimeSpan.FromHours(1), UkLocalTime.OffsetAt(spring));

        var autumn = UkLocalTime.ToInstantLenient(new DateTime(2026, 10, 25, 1, 30, 0));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), autumn);
        Assert.Equal(TimeSpan.Zero, UkLocalTime.OffsetAt(autumn));
    }

    [Theory]
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")] // BST: already the next day
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31")] // GMT
    [InlineData("2026-03-28T23:59:59Z", "2026-03-28")]
    [InlineData("2026-10-24T23:00:00Z", "2026-10-25")] // midnight BST on the change day
    public void ToUkDate_IsTheLondonCalendarDate(string instant, string expected)
    {
        var date = UkLocalTime.ToUkDate(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }
}
