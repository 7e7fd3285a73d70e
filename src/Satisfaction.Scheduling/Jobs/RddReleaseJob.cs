using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Rdd;
using Satisfaction.Core;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Rdd;
using Satisfaction.Core.Time;

namespace Satisfaction.Scheduling.Jobs;

/// <summary>
/// <c>rdd-release</c>: the monthly RDD release on the month's first working day (not a weekend, not an England and
/// Wales bank holiday). The trigger fires at 07:00 on days 1 to 7; on other days the job does nothing. Releasing is
/// idempotent: the planner releases only once the month's released replicates are worked out.
/// </summary>
[SatisfactionJob("rdd-release", PerForce = true, DefaultCron = "0 0 7 1-7 * ?", Misfire = JobMisfirePolicy.FireOnceNow,
    Description = "The monthly RDD release on the first working day of the month.")]
public sealed class RddReleaseJob(RddReleaseService release, ForceScope force, IOptions<RddOptions> options) : ISatisfactionJob
{
    /// <summary>The first day of <paramref name="month"/>'s month that is a weekday and not a bank holiday.</summary>
    public static DateOnly FirstWorkingDay(DateOnly month, BankHolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var day = new DateOnly(month.Year, month.Month, 1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.IsBankHoliday(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = UkLocalTime.ToUkDate(context.ScheduledAt);
        var first = FirstWorkingDay(today, new BankHolidayCalendar(BankHolidayFile.Shipped()));
        var manual = context.FireId.StartsWith("inprocess-", StringComparison.Ordinal);
        if (today != first && !manual)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{today:yyyy-MM-dd} is not the first working day of the month ({first:yyyy-MM-dd}); nothing to release");
        }

        var rdd = options.Value;
        // Without Rdd:BanksFile the force's configured banks are used; the release refuses, saying what to do, when it has none.
        var releasing = await force.GetAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<NumberBank>? banks = null;
        if (rdd.BanksFile is not null)
        {
            if (!File.Exists(rdd.BanksFile))
            {
                throw new InvalidInputException($"Rdd:BanksFile {rdd.BanksFile}: no such bank file.");
            }

            using var reader = new StreamReader(rdd.BanksFile);
            banks = NumberBankCsv.Parse(reader, rdd.BanksFile);
        }

        var planner = new ReleasePlannerOptions
        {
            TargetInterviewsPerMonth = rdd.TargetInterviewsPerMonth,
            ReplicateSize = rdd.ReplicateSize,
            MaxCallAttempts = rdd.MaxCallAttempts,
        };
        var result = await release.ReleaseAsync(releasing.Id, today, banks, null, planner, new ListAssistedRddOptions { MinimumListed = rdd.MinimumListed }, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.Month:yyyy-MM}: {result.NumbersReleased} numbers released in {result.ReplicateNumbers.Count} replicate(s); {result.Decision.Explanation}");
    }
}
