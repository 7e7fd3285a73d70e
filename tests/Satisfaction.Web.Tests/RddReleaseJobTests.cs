using Satisfaction.Core.Contact;
using Satisfaction.Scheduling.Jobs;

namespace Satisfaction.Web.Tests;

public sealed class RddReleaseJobTests
{
    private static readonly BankHolidayCalendar Holidays = new(BankHolidayFile.Shipped());

    [Theory]
    [InlineData("2027-01-15", "2027-01-04")] // 1 January a Friday bank holiday; 2-3 a weekend
    [InlineData("2026-08-20", "2026-08-03")] // 1 August a Saturday
    [InlineData("2026-12-31", "2026-12-01")] // an ordinary Tuesday
    [InlineData("2028-01-03", "2028-01-04")] // New Year's Day on a Saturday: substitute Monday 3rd
    public void FirstWorkingDay_SkipsWeekendsAndBankHolidays(string day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            RddReleaseJob.FirstWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Holidays));
}
