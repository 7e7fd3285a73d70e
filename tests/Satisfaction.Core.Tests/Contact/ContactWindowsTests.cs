using Satisfaction.Core.Contact;

namespace Satisfaction.Core.Tests.Contact;

public sealed class ContactWindowsTests
{
    private static readonly TimeSpan Gmt = TimeSpan.Zero;
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    private static readonly ContactWindows Default = new(new ContactHoursOptions(), new BankHolidayCalendar(BankHolidayFile.Shipped()));

    private static readonly ContactWindows WithSundays = new(
        new ContactHoursOptions
        {
            Sms = new ChannelHours { Start = new(9, 0), End = new(20, 0), Sundays = true },
            Phone = new ChannelHours { Start = new(9, 0), End = new(21, 0), Sundays = true },
        },
        new BankHolidayCalendar(BankHolidayFile.Shipped()));

    // ---- Christmas --------------------------------------------------------------------------------------------

    [Fact]
    public void ChristmasDay2025_Closed_NextIsSaturday27AfterBoxingDay()
    {
        var decision = Default.Decide(ContactChannel.Sms, At(2025, 12, 25, 10, 0, 0, Gmt));

        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.BankHoliday, decision.Reason);
        Assert.Contains("Christmas Day", decision.Explanation);
        Assert.Equal(At(2025, 12, 27, 9, 0, 0, Gmt), decision.NextAllowedAt);
    }

    [Fact]
    public void BoxingDay2025_Closed()
    {
        var decision = Default.Decide(ContactChannel.Phone, At(2025, 12, 26, 12, 0, 0, Gmt));

        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.BankHoliday, decision.Reason);
        Assert.Contains("Boxing Day", decision.Explanation);
    }

    [Fact]
    public void ChristmasEve2025AtEndOfSmsHours_NextSkipsBothHolidays()
    {
        Assert.True(Default.Decide(ContactChannel.Sms, At(2025, 12, 24, 19, 59, 59, Gmt)).Allowed);

        var decision = Default.Decide(ContactChannel.Sms, At(2025, 12, 24, 20, 0, 0, Gmt));

        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.AfterHours, decision.Reason);
        Assert.Equal(At(2025, 12, 27, 9, 0, 0, Gmt), decision.NextAllowedAt);
    }

    [Fact]
    public void BoxingDay2026OnSaturday_ClosedItself_AndSubstituteMonday28Closed()
    {
        // 25 Dec 2026 is a Friday (holiday), 26 Dec a Saturday (the bank holiday moves to Monday 28, but it is
        // still Boxing Day), 27 a Sunday: the next SMS may go on Tuesday 29 December.
        var decision = Default.Decide(ContactChannel.Sms, At(2026, 12, 24, 20, 0, 0, Gmt));

        Assert.Equal(At(2026, 12, 29, 9, 0, 0, Gmt), decision.NextAllowedAt);
        Assert.Equal(ContactBlockReason.BankHoliday, Default.Decide(ContactChannel.Sms, At(2026, 12, 26, 10, 0, 0, Gmt)).Reason);
        Assert.Equal(ContactBlockReason.BankHoliday, Default.Decide(ContactChannel.Sms, At(2026, 12, 28, 10, 0, 0, Gmt)).Reason);
    }

    // ---- Substitute days --------------------------------------------------------------------------------------

    [Fact]
    public void SubstituteDays2027_27And28December_Closed_NextWednesday29()
    {
        var monday = Default.Decide(ContactChannel.Phone, At(2027, 12, 27, 9, 0, 0, Gmt));
        var tuesday = Default.Decide(ContactChannel.Phone, At(2027, 12, 28, 15, 0, 0, Gmt));

        Assert.False(monday.Allowed);
        Assert.Contains("Christmas Day (substitute day)", monday.Explanation);
        Assert.False(tuesday.Allowed);
        Assert.Contains("Boxing Day (substitute day)", tuesday.Explanation);
        Assert.Equal(At(2027, 12, 29, 9, 0, 0, Gmt), monday.NextAllowedAt);
        Assert.Equal(At(2027, 12, 29, 9, 0, 0, Gmt), tuesday.NextAllowedAt);
    }

    [Fact]
    public void ChristmasDay2027OnSaturday_Closed_EvenThoughSaturdaysArePermitted()
    {
        Assert.True(Default.Decide(ContactChannel.Phone, At(2027, 12, 18, 10, 0, 0, Gmt)).Allowed);

        var decision = Default.Decide(ContactChannel.Phone, At(2027, 12, 25, 10, 0, 0, Gmt));

        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.BankHoliday, decision.Reason);
        Assert.Equal(At(2027, 12, 29, 9, 0, 0, Gmt), decision.NextAllowedAt);
    }

    [Fact]
    public void NewYearSubstitute2022_Monday3January_Closed()
    {
        var decision = Default.Decide(ContactChannel.Sms, At(2022, 1, 3, 12, 0, 0, Gmt));

        Assert.False(decision.Allowed);
        Assert.Contains("New Year's Day (substitute day)", decision.Explanation);
        Assert.Equal(At(2022, 1, 4, 9, 0, 0, Gmt), decision.NextAllowedAt);
    }

    // ---- Easter 2027 and the spring clock change (Sunday 28 March 2027, 01:00 GMT -> 02:00 BST) ----------------

    [Fact]
    public void EasterMonday2027_Closed()
    {
        var decision = Default.Decide(ContactChannel.Phone, At(2027, 3, 29, 11, 0, 0, Bst));

        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.BankHoliday, decision.Reason);
        Assert.Contains("Easter Monday", decision.Explanation);
        Assert.Equal(At(2027, 3, 30, 9, 0, 0, Bst), decision.NextAllowedAt);
    }

    [Fact]
    public void SaturdayBeforeSpringChange_From20_NoSundays_NextIsTuesdayAfterEasterMonday()
    {
        var decision = Default.Decide(ContactChannel.Sms, At(2027, 3, 27, 20, 0, 0, Gmt));

        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.AfterHours, decision.Reason);
        Assert.Equal(At(2027, 3, 30, 9, 0, 0, Bst), decision.NextAllowedAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 8, 0, 0, TimeSpan.Zero), decision.NextAllowedAt.ToUniversalTime());
        Assert.Equal(Bst, decision.NextAllowedAt.Offset);
    }

    [Fact]
    public void SaturdayBeforeSpringChange_From20_WithSundays_NextIs0900BstOnSunday()
    {
        var decision = WithSundays.Decide(ContactChannel.Sms, At(2027, 3, 27, 20, 0, 0, Gmt));

        // 09:00 BST on the day the clocks go forward is 08:00 UTC, 12 hours after 20:00 GMT the evening before.
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 8, 0, 0, TimeSpan.Zero), decision.NextAllowedAt.ToUniversalTime());
        Assert.Equal(Bst, decision.NextAllowedAt.Offset);
    }

    [Theory]
    [InlineData(ContactChannel.Sms, 8, 59, 59, false, ContactBlockReason.BeforeHours)]
    [InlineData(ContactChannel.Sms, 9, 0, 0, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Sms, 19, 59, 59, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Sms, 20, 0, 0, false, ContactBlockReason.AfterHours)]
    [InlineData(ContactChannel.Phone, 8, 59, 59, false, ContactBlockReason.BeforeHours)]
    [InlineData(ContactChannel.Phone, 9, 0, 0, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Phone, 20, 59, 59, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Phone, 21, 0, 0, false, ContactBlockReason.AfterHours)]
    public void SpringChangeDay2027_EdgesOfThePermittedHours(ContactChannel channel, int hour, int minute, int second, bool allowed, ContactBlockReason reason)
    {
        // Local BST wall-clock times on Sunday 28 March 2027 (Sundays permitted here).
        var decision = WithSundays.Decide(channel, At(2027, 3, 28, hour, minute, second, Bst));

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public void SpringChangeDay2027_WindowInstantsAreBst()
    {
        var early = WithSundays.Decide(ContactChannel.Sms, new DateTimeOffset(2027, 3, 28, 7, 59, 59, TimeSpan.Zero));
        var open = WithSundays.Decide(ContactChannel.Sms, new DateTimeOffset(2027, 3, 28, 8, 0, 0, TimeSpan.Zero));
        var late = WithSundays.Decide(ContactChannel.Sms, new DateTimeOffset(2027, 3, 28, 19, 0, 0, TimeSpan.Zero));

        Assert.False(early.Allowed);
        Assert.Equal(At(2027, 3, 28, 9, 0, 0, Bst), early.NextAllowedAt);
        Assert.True(open.Allowed);
        Assert.Equal(At(2027, 3, 28, 20, 0, 0, Bst), open.WindowEnd);

        // 20:00 BST on Sunday: Monday is Easter Monday, so the next is Tuesday 09:00 BST.
        Assert.False(late.Allowed);
        Assert.Equal(At(2027, 3, 30, 9, 0, 0, Bst), late.NextAllowedAt);
    }

    [Fact]
    public void SpringChangeDay2027_NoSundays_Closed()
    {
        var decision = Default.Decide(ContactChannel.Phone, At(2027, 3, 28, 12, 0, 0, Bst));

        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.Sunday, decision.Reason);
        Assert.Equal(At(2027, 3, 30, 9, 0, 0, Bst), decision.NextAllowedAt);
    }

    // ---- The autumn clock change (Sunday 31 October 2027, 02:00 BST -> 01:00 GMT) ---------------------------------

    [Theory]
    [InlineData(ContactChannel.Sms, 8, 59, 59, false, ContactBlockReason.BeforeHours)]
    [InlineData(ContactChannel.Sms, 9, 0, 0, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Sms, 19, 59, 59, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Sms, 20, 0, 0, false, ContactBlockReason.AfterHours)]
    [InlineData(ContactChannel.Phone, 8, 59, 59, false, ContactBlockReason.BeforeHours)]
    [InlineData(ContactChannel.Phone, 9, 0, 0, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Phone, 20, 59, 59, true, ContactBlockReason.None)]
    [InlineData(ContactChannel.Phone, 21, 0, 0, false, ContactBlockReason.AfterHours)]
    public void AutumnChangeDay2027_EdgesOfThePermittedHours(ContactChannel channel, int hour, int minute, int second, bool allowed, ContactBlockReason reason)
    {
        // Local GMT wall-clock times on Sunday 31 October 2027 (Sundays permitted here).
        var decision = WithSundays.Decide(channel, At(2027, 10, 31, hour, minute, second, Gmt));

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public void SaturdayBeforeAutumnChange_From20Bst_NextIs0900GmtOnSunday()
    {
        var decision = WithSundays.Decide(ContactChannel.Sms, At(2027, 10, 30, 20, 0, 0, Bst));

        // 20:00 BST is 19:00 UTC; 09:00 GMT next morning is 09:00 UTC, 14 hours later (the day has 25 hours).
        Assert.False(decision.Allowed);
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 9, 0, 0, TimeSpan.Zero), decision.NextAllowedAt.ToUniversalTime());
        Assert.Equal(Gmt, decision.NextAllowedAt.Offset);
        Assert.Equal(At(2027, 10, 31, 20, 0, 0, Gmt), decision.WindowEnd);
    }

    [Fact]
    public void SaturdayBeforeAutumnChange_From20Bst_NoSundays_NextIsMonday0900Gmt()
    {
        var decision = Default.Decide(ContactChannel.Sms, new DateTimeOffset(2027, 10, 30, 19, 0, 0, TimeSpan.Zero));

        Assert.Equal(At(2027, 11, 1, 9, 0, 0, Gmt), decision.NextAllowedAt);
    }

    [Fact]
    public void AutumnChangeDay2027_0830Utc_IsBeforeHours()
    {
        // A naive "BST all day" reading would take 08:30 UTC for 09:30 local; it is 08:30 GMT.
        var decision = WithSundays.Decide(ContactChannel.Phone, new DateTimeOffset(2027, 10, 31, 8, 30, 0, TimeSpan.Zero));

        Assert.False(decision.Allowed);
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 9, 0, 0, TimeSpan.Zero), decision.NextAllowedAt);
    }

    // ---- Windows touching the changed hour, options --------------------------------------------------------------

    [Fact]
    public void WindowStartingInTheSkippedHour_OpensWhenTheClocksGoForward()
    {
        var windows = new ContactWindows(
            new ContactHoursOptions { Phone = new ChannelHours { Start = new(1, 30), End = new(3, 0), Sundays = true } },
            BankHolidayCalendar.RulesOnly);

        // 01:30 does not exist on 28 March 2027: the window opens at 01:00 UTC, when the clocks show 02:00 BST.
        var decision = windows.Decide(ContactChannel.Phone, new DateTimeOffset(2027, 3, 28, 0, 59, 59, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), decision.NextAllowedAt.ToUniversalTime());
        Assert.Equal(At(2027, 3, 28, 3, 0, 0, Bst), decision.WindowEnd);
    }

    [Fact]
    public void WindowStartingInTheRepeatedHour_OpensAtTheFirstOccurrence()
    {
        var windows = new ContactWindows(
            new ContactHoursOptions { Phone = new ChannelHours { Start = new(1, 30), End = new(3, 0), Sundays = true } },
            BankHolidayCalendar.RulesOnly);

        // 01:30 happens twice on 31 October 2027: first at 00:30 UTC (BST).
        var decision = windows.Decide(ContactChannel.Phone, new DateTimeOffset(2027, 10, 31, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), decision.NextAllowedAt.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 3, 0, 0, TimeSpan.Zero), decision.WindowEnd.ToUniversalTime());
    }

    [Fact]
    public void Allowed_NextAllowedAtIsNowInLocalOffset()
    {
        var now = new DateTimeOffset(2027, 7, 6, 13, 15, 0, TimeSpan.Zero);

        var decision = Default.Decide(ContactChannel.Sms, now);

        Assert.True(decision.Allowed);
        Assert.Equal(now, decision.NextAllowedAt);
        Assert.Equal(Bst, decision.NextAllowedAt.Offset);
        Assert.Equal(At(2027, 7, 6, 20, 0, 0, Bst), decision.WindowEnd);
    }

    [Fact]
    public void Explanation_SaysTheRuleWhyAndWhen()
    {
        var decision = Default.Decide(ContactChannel.Sms, At(2027, 12, 27, 10, 0, 0, Gmt));

        Assert.Equal(
            "SMS is permitted 09:00-20:00 UK time, not on Sundays, never on bank holidays; 2027-12-27 is a bank holiday "
            + "(Christmas Day (substitute day)); next permitted Wed 2027-12-29 09:00 GMT",
            decision.Explanation);
        Assert.Equal(
            "Phone may be used now (Sun 2027-03-28 19:59:59 BST) until Sun 2027-03-28 21:00 BST",
            WithSundays.Decide(ContactChannel.Phone, At(2027, 3, 28, 19, 59, 59, Bst)).Explanation);
    }

    [Fact]
    public void Options_Defaults()
    {
        var options = new ContactHoursOptions();

        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(20, 0), false), (options.Sms.Start, options.Sms.End, options.Sms.Sundays));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(21, 0), false), (options.Phone.Start, options.Phone.End, options.Phone.Sundays));
        Assert.Equal("Europe/London", options.TimeZone);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Options_StartNotBeforeEnd_RefusedNamingTheKeys()
    {
        var options = new ContactHoursOptions { Sms = new ChannelHours { Start = new(21, 0), End = new(20, 0) }, TimeZone = "Europe/Londres" };

        var problems = options.Validate();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("TimeZone: 'Europe/Londres'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Sms:Start (21:00:00) must be before Sms:End (20:00:00)", StringComparison.Ordinal));
        var error = Assert.Throws<InvalidInputException>(() => new ContactWindows(options, BankHolidayCalendar.RulesOnly));
        Assert.Contains("Sms:Start", error.Message);
    }

    [Fact]
    public void Options_EqualStartAndEnd_Refused() =>
        Assert.Single(new ContactHoursOptions { Phone = new ChannelHours { Start = new(9, 0), End = new(9, 0) } }.Validate());

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second, TimeSpan offset) =>
        new(year, month, day, hour, minute, second, offset);
}
