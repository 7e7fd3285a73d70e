namespace Satisfaction.Core.Contact;

/// <summary>
/// The bank holidays of England and Wales that follow from the standing rules (Banking and Financial
/// Dealings Act 1971 and the royal proclamations since): New Year's Day, Good Friday, Easter Monday,
/// early May (first Monday of May), spring (last Monday of May), summer (last Monday of August),
/// Christmas Day and Boxing Day, with substitute days when 1 January, 25 or 26 December fall at a weekend.
/// One-off days and moved holidays are not here: <see cref="BankHolidayCalendar"/> applies them from the file.
/// </summary>
/// <remarks>
/// The rule set is complete from <see cref="FirstYear"/> (1978, the first early May holiday); earlier
/// years are refused rather than answered wrongly.
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>The first year the current rules describe (1978).</summary>
    public const int FirstYear = 1978;

    /// <summary>The last year computed (9999, the last year of <see cref="DateOnly"/>; substitute days never leave their year).</summary>
    public const int LastYear = 9999;

    /// <summary>The computed holidays of <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1978 or after 9999.</exception>
    public static IReadOnlyList<BankHoliday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        var easter = EasterSunday(year);
        var holidays = new List<BankHoliday>
        {
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(FirstMonday(year, 5), "Early May bank holiday"),
            new(LastMonday(year, 5), "Spring bank holiday"),
            new(LastMonday(year, 8), "Summer bank holiday"),
        };

        // 1 January, 25 and 26 December: the day itself when it is a weekday, otherwise the next weekday that
        // is not already a holiday (so Christmas on a Saturday gives Monday 27 and Tuesday 28, and Christmas
        // on a Sunday gives Boxing Day on Monday 26 and Christmas's substitute on Tuesday 27).
        AddWithSubstitute(holidays, new DateOnly(year, 1, 1), "New Year's Day");
        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = new DateOnly(year, 12, 26);
        var fixedDays = new[] { (christmas, "Christmas Day"), (boxingDay, "Boxing Day") };
        foreach (var (date, name) in fixedDays.Where(d => !IsWeekend(d.Item1)))
        {
            holidays.Add(new BankHoliday(date, name));
        }

        foreach (var (date, name) in fixedDays.Where(d => IsWeekend(d.Item1)))
        {
            AddWithSubstitute(holidays, date, name);
        }

        return holidays.OrderBy(h => h.Date).ToList();
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    /// <param name="year">1583 or later.</param>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static void AddWithSubstitute(List<BankHoliday> holidays, DateOnly date, string name)
    {
        if (!IsWeekend(date))
        {
            holidays.Add(new BankHoliday(date, name));
            return;
        }

        var substitute = date.AddDays(1);
        while (IsWeekend(substitute) || holidays.Any(h => h.Date == substitute))
        {
            substitute = substitute.AddDays(1);
        }

        holidays.Add(new BankHoliday(substitute, name + " (substitute day)"));
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
