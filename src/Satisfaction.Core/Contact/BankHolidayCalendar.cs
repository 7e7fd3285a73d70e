using System.Collections.Concurrent;

namespace Satisfaction.Core.Contact;

/// <summary>
/// Bank holidays in England and Wales for any year from 1978: the computed ones
/// (<see cref="EnglandAndWalesBankHolidays"/>) with the one-off changes of the bank-holiday file applied
/// (extra days added, moved days removed from their usual date and added on the new one). Thread-safe.
/// </summary>
public sealed class BankHolidayCalendar
{
    private readonly ILookup<int, BankHolidayChange> changesByYear;
    private readonly ConcurrentDictionary<int, Dictionary<DateOnly, BankHoliday>> years = new();

    /// <summary>Creates the calendar from the rules and the given one-off changes.</summary>
    /// <exception cref="ArgumentException">A change contradicts the rules or another change (see <see cref="CheckChange"/>).</exception>
    public BankHolidayCalendar(IEnumerable<BankHolidayChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var list = changes.ToList();
        var seen = new HashSet<DateOnly>();
        foreach (var change in list)
        {
            if (CheckChange(change) is { } problem)
            {
                throw new ArgumentException(problem, nameof(changes));
            }

            if (!seen.Add(change.Date))
            {
                throw new ArgumentException($"{change.Date:yyyy-MM-dd} is listed twice.", nameof(changes));
            }
        }

        changesByYear = list.ToLookup(c => c.Date.Year);
    }

    /// <summary>The calendar of the rules alone, without one-off days.</summary>
    public static BankHolidayCalendar RulesOnly { get; } = new([]);

    /// <summary>The holidays of <paramref name="year"/> in date order, one-off changes applied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1978.</exception>
    public IReadOnlyList<BankHoliday> For(int year) => [.. Year(year).Values.OrderBy(h => h.Date)];

    /// <summary>The holiday on <paramref name="date"/> (UK local date), or null on an ordinary day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1978.</exception>
    public BankHoliday? Find(DateOnly date) => Year(date.Year).GetValueOrDefault(date);

    /// <summary>Whether <paramref name="date"/> (UK local date) is a bank holiday.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1978.</exception>
    public bool IsBankHoliday(DateOnly date) => Find(date) is not null;

    /// <summary>
    /// The day on which nobody is contacted: a bank holiday, or 1 January, 25 or 26 December itself when it
    /// falls at a weekend (the bank holiday then moves to a substitute weekday, but the day is still New Year's
    /// Day, Christmas Day or Boxing Day and no one wants a survey call on it). Null on an ordinary day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1978.</exception>
    public BankHoliday? FindNoContactDay(DateOnly date)
    {
        if (Find(date) is { } holiday)
        {
            return holiday;
        }

        if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            return null;
        }

        return (date.Month, date.Day) switch
        {
            (1, 1) => new BankHoliday(date, "New Year's Day (a weekend; the bank holiday is the substitute day)"),
            (12, 25) => new BankHoliday(date, "Christmas Day (a weekend; the bank holiday is the substitute day)"),
            (12, 26) => new BankHoliday(date, "Boxing Day (a weekend; the bank holiday is the substitute day)"),
            _ => null,
        };
    }

    /// <summary>
    /// Why a change cannot apply, or null when it can: its year must be computed (1978 or later), a removed
    /// date must be a computed holiday, an added date must not be one already.
    /// </summary>
    public static string? CheckChange(BankHolidayChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Date.Year < EnglandAndWalesBankHolidays.FirstYear)
        {
            return $"{change.Date:yyyy-MM-dd} is before {EnglandAndWalesBankHolidays.FirstYear}, the first year the calendar computes";
        }

        if (string.IsNullOrWhiteSpace(change.Name))
        {
            return $"{change.Date:yyyy-MM-dd} has no name";
        }

        var computed = EnglandAndWalesBankHolidays.For(change.Date.Year).FirstOrDefault(h => h.Date == change.Date);
        return change.Kind switch
        {
            BankHolidayChangeKind.Removed when computed is null =>
                $"{change.Date:yyyy-MM-dd} ({change.Date.DayOfWeek}) is not a bank holiday by the rules, so it cannot be removed",
            BankHolidayChangeKind.Added when computed is not null =>
                $"{change.Date:yyyy-MM-dd} is already a bank holiday by the rules ({computed.Name}); add only days the rules do not give",
            _ => null,
        };
    }

    private Dictionary<DateOnly, BankHoliday> Year(int year) => years.GetOrAdd(year, Build);

    private Dictionary<DateOnly, BankHoliday> Build(int year)
    {
        var days = EnglandAndWalesBankHolidays.For(year).ToDictionary(h => h.Date);
        foreach (var change in changesByYear[year])
        {
            if (change.Kind == BankHolidayChangeKind.Removed)
            {
                days.Remove(change.Date);
            }
            else
            {
                days[change.Date] = new BankHoliday(change.Date, change.Name);
            }
        }

        return days;
    }
}
