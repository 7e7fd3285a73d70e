using Satisfaction.Core.Randomness;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rdd;

public sealed class NextBirthdaySelectionTests
{
    private static readonly DateOnly Contact = new(2026, 12, 10);

    [Fact]
    public void Select_PicksTheNextBirthdayAfterTheContact()
    {
        DateOnly[] birthdays = [new(1970, 6, 1), new(1985, 12, 24), new(1990, 1, 5)];

        var selection = NextBirthdaySelection.Select(birthdays, Contact, new SeededRandom(1));

        Assert.Equal(1, selection.SelectedIndex);
        Assert.Equal(3, selection.Adults);
        Assert.Equal(1.0 / 3, selection.SelectionProbability, 12);
    }

    [Fact]
    public void Select_BirthdayOnTheContactDate_ComesLast()
    {
        DateOnly[] birthdays = [new(1970, 12, 10), new(1985, 12, 9)];

        Assert.Equal(1, NextBirthdaySelection.Select(birthdays, Contact, new SeededRandom(1)).SelectedIndex);
    }

    [Fact]
    public void DaysUntilNextBirthday_LeapDay_FallsOnFirstMarchInACommonYear()
    {
        Assert.Equal(1, NextBirthdaySelection.DaysUntilNextBirthday(new DateOnly(2000, 2, 29), new DateOnly(2027, 2, 28)));
        Assert.Equal(1, NextBirthdaySelection.DaysUntilNextBirthday(new DateOnly(2000, 2, 29), new DateOnly(2028, 2, 28)));
    }

    [Fact]
    public void Select_Twins_AreChosenEquallyOften()
    {
        DateOnly[] birthdays = [new(2000, 3, 3), new(2000, 3, 3), new(1960, 8, 8)];
        var random = new SeededRandom(42);

        var first = Enumerable.Range(0, 2000).Count(_ => NextBirthdaySelection.Select(birthdays, Contact, random).SelectedIndex == 0);

        Assert.InRange(first, 900, 1100);
    }

    [Fact]
    public void FromReport_RecordsOneOverAdults()
    {
        var selection = NextBirthdaySelection.FromReport(4);

        Assert.Null(selection.SelectedIndex);
        Assert.Equal(0.25, selection.SelectionProbability, 12);
        Assert.Equal(HouseholdSelectionMethod.NextBirthdayReported, selection.Method);
    }
}
