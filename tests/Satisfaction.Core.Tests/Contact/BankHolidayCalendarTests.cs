using Satisfaction.Core.Contact;

namespace Satisfaction.Core.Tests.Contact;

public sealed class BankHolidayCalendarTests
{
    // England and Wales as published on gov.uk/bank-holidays (2024-2027), and 2028 as announced by the same
    // rules (1 January 2028 is a Saturday, so Monday 3 January is the substitute day). Written out by hand.
    public static TheoryData<int, string[]> GovUkLists => new()
    {
        { 2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"] },
        { 2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
        { 2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"] },
        { 2028, ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"] },
    };

    [Theory]
    [MemberData(nameof(GovUkLists))]
    public void For_2024To2028_MatchesTheGovUkList(int year, string[] expected)
    {
        var computed = BankHolidayCalendar.RulesOnly.For(year).Select(h => h.Date.ToString("yyyy-MM-dd")).ToArray();

        Assert.Equal(expected, computed);
    }

    [Fact]
    public void For_2027_NamesTheChristmasSubstituteDays()
    {
        var holidays = BankHolidayCalendar.RulesOnly.For(2027);

        Assert.Equal("Easter Monday", holidays.Single(h => h.Date == new DateOnly(2027, 3, 29)).Name);
        Assert.Equal("Christmas Day (substitute day)", holidays.Single(h => h.Date == new DateOnly(2027, 12, 27)).Name);
        Assert.Equal("Boxing Day (substitute day)", holidays.Single(h => h.Date == new DateOnly(2027, 12, 28)).Name);
        Assert.DoesNotContain(holidays, h => h.Date == new DateOnly(2027, 12, 25));
    }

    [Fact]
    public void For_ChristmasOnSunday_BoxingDayStaysAndChristmasMovesToTuesday()
    {
        // 25 December 2022 was a Sunday: gov.uk lists Mon 26 Boxing Day and Tue 27 Christmas Day (substitute day);
        // 1 January 2022 was a Saturday: Mon 3 January.
        var holidays = BankHolidayCalendar.RulesOnly.For(2022);

        Assert.Equal("Boxing Day", holidays.Single(h => h.Date == new DateOnly(2022, 12, 26)).Name);
        Assert.Equal("Christmas Day (substitute day)", holidays.Single(h => h.Date == new DateOnly(2022, 12, 27)).Name);
        Assert.Equal("New Year's Day (substitute day)", holidays.Single(h => h.Date == new DateOnly(2022, 1, 3)).Name);
    }

    [Fact]
    public void For_BoxingDayOnSaturday_MovesToMonday()
    {
        // 2026 and 2020: Christmas on Friday, Boxing Day on Saturday -> Monday 28 December.
        Assert.Contains(BankHolidayCalendar.RulesOnly.For(2020), h => h.Date == new DateOnly(2020, 12, 28) && h.Name == "Boxing Day (substitute day)");
        Assert.False(BankHolidayCalendar.RulesOnly.IsBankHoliday(new DateOnly(2026, 12, 26)));
        Assert.True(BankHolidayCalendar.RulesOnly.IsBankHoliday(new DateOnly(2026, 12, 28)));
    }

    [Theory]
    [InlineData(1818, "1818-03-22")] // earliest possible date
    [InlineData(1943, "1943-04-25")] // latest possible date
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_KnownYears(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Fact]
    public void For_EveryYear_HasEightDistinctWeekdayHolidays()
    {
        for (var year = EnglandAndWalesBankHolidays.FirstYear; year <= 2400; year++)
        {
            var holidays = EnglandAndWalesBankHolidays.For(year);
            Assert.Equal(8, holidays.Select(h => h.Date).Distinct().Count());
            Assert.All(holidays, h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{h} is at a weekend"));
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
        }
    }

    [Fact]
    public void For_BeforeTheRules_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayCalendar.RulesOnly.For(1977));

    [Fact]
    public void ShippedFile_AppliesOneOffDays()
    {
        var calendar = new BankHolidayCalendar(BankHolidayFile.Shipped());

        // 2020: early May moved from Monday 4 to Friday 8 May (VE Day).
        Assert.False(calendar.IsBankHoliday(new DateOnly(2020, 5, 4)));
        Assert.True(calendar.IsBankHoliday(new DateOnly(2020, 5, 8)));

        // 2022 as published on gov.uk: spring bank holiday Thursday 2 June, Platinum Jubilee Friday 3 June,
        // the state funeral Monday 19 September; Monday 30 May is an ordinary day.
        Assert.Equal(
            ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
            calendar.For(2022).Select(h => h.Date.ToString("yyyy-MM-dd")));
        Assert.Equal("Platinum Jubilee bank holiday", calendar.Find(new DateOnly(2022, 6, 3))!.Name);

        // 2023: the coronation, Monday 8 May, beside early May on Monday 1 May.
        Assert.Equal(
            ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"],
            calendar.For(2023).Select(h => h.Date.ToString("yyyy-MM-dd")));

        // Years without one-off days are the rules' own.
        Assert.Equal(BankHolidayCalendar.RulesOnly.For(2027), calendar.For(2027));
    }

    [Fact]
    public void FindNoContactDay_ChristmasOnSaturday_IsClosedThoughNotTheBankHoliday()
    {
        var calendar = BankHolidayCalendar.RulesOnly;

        Assert.Null(calendar.Find(new DateOnly(2027, 12, 25)));
        Assert.StartsWith("Christmas Day", calendar.FindNoContactDay(new DateOnly(2027, 12, 25))!.Name);
        Assert.StartsWith("Boxing Day", calendar.FindNoContactDay(new DateOnly(2027, 12, 26))!.Name);
        Assert.StartsWith("New Year's Day", calendar.FindNoContactDay(new DateOnly(2022, 1, 1))!.Name);
        Assert.Null(calendar.FindNoContactDay(new DateOnly(2027, 12, 24)));
        Assert.Null(calendar.FindNoContactDay(new DateOnly(2027, 12, 29)));
        Assert.Equal("Christmas Day (substitute day)", calendar.FindNoContactDay(new DateOnly(2027, 12, 27))!.Name);
    }

    [Fact]
    public void Constructor_ContradictoryChange_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new BankHolidayCalendar([new BankHolidayChange(new DateOnly(2027, 5, 4), BankHolidayChangeKind.Removed, "x")]));
        Assert.Contains("2027-05-04", error.Message);
    }
}
