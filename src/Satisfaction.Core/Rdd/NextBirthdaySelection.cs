using Satisfaction.Core.Randomness;

namespace Satisfaction.Core.Rdd;

/// <summary>
/// The next-birthday method: interview the adult whose birthday comes next after the contact date.
/// Selection probability is taken as 1/adults (birthdays are, to a good approximation, unrelated to
/// anything the survey measures).
/// </summary>
/// <remarks>
/// Counting starts the day after the contact: a birthday on the contact date itself comes last, a year
/// later. A 29 February birthday falls on 1 March in a common year. Ties (twins) are broken at random.
/// </remarks>
public static class NextBirthdaySelection
{
    /// <summary>Selects from the adults' dates of birth (only month and day matter).</summary>
    /// <param name="birthdays">Each adult's date of birth; at least one.</param>
    /// <param name="contactDate">The date of the contact (UK local date).</param>
    /// <param name="tieBreak">Generator for ties; seeded by the caller.</param>
    public static HouseholdSelection Select(IReadOnlyList<DateOnly> birthdays, DateOnly contactDate, SeededRandom tieBreak)
    {
        ArgumentNullException.ThrowIfNull(birthdays);
        ArgumentNullException.ThrowIfNull(tieBreak);
        if (birthdays.Count == 0)
        {
            throw new ArgumentException("A household has at least one adult.", nameof(birthdays));
        }

        var best = int.MaxValue;
        var tied = new List<int>();
        for (var i = 0; i < birthdays.Count; i++)
        {
            var days = DaysUntilNextBirthday(birthdays[i], contactDate);
            if (days < best)
            {
                best = days;
                tied.Clear();
            }

            if (days == best)
            {
                tied.Add(i);
            }
        }

        var selected = tied.Count == 1 ? tied[0] : tied[tieBreak.NextInt32(tied.Count)];
        return new HouseholdSelection(selected, birthdays.Count, 1.0 / birthdays.Count, HouseholdSelectionMethod.NextBirthday);
    }

    /// <summary>The respondent reports who has the next birthday; only the number of adults is known.</summary>
    /// <param name="adults">Adults in the household, 1 or more.</param>
    public static HouseholdSelection FromReport(int adults)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(adults);
        return new HouseholdSelection(null, adults, 1.0 / adults, HouseholdSelectionMethod.NextBirthdayReported);
    }

    /// <summary>Days from <paramref name="contactDate"/> to the next birthday strictly after it, 1 to 366.</summary>
    public static int DaysUntilNextBirthday(DateOnly dateOfBirth, DateOnly contactDate)
    {
        for (var year = contactDate.Year; ; year++)
        {
            var birthday = BirthdayIn(dateOfBirth, year);
            if (birthday > contactDate)
            {
                return birthday.DayNumber - contactDate.DayNumber;
            }
        }
    }

    private static DateOnly BirthdayIn(DateOnly dateOfBirth, int year) =>
        dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
}
