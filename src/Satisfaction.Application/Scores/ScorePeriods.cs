namespace Satisfaction.Application.Scores;

/// <summary>
/// The two reporting periods of an as-of date (UK local dates, both ends inclusive): in-year is the day after
/// the same date a year earlier up to the as-of date; the previous 12 months is the year before that.
/// </summary>
/// <remarks>
/// "The same date a year earlier" is <see cref="DateOnly.AddYears"/>: 29 February goes to 28 February, so the
/// in-year period of 2028-02-29 starts on 2027-03-01.
/// </remarks>
/// <param name="AsOf">The as-of date: the last day of the in-year period.</param>
public sealed record ScorePeriods(DateOnly AsOf)
{
    /// <summary>Period code of the rolling 12 months to the as-of date.</summary>
    public const string InYear = "in_year";

    /// <summary>Period code of the 12 months before that.</summary>
    public const string Previous = "previous_12m";

    /// <summary>Period code of the change rows (in-year minus previous 12 months).</summary>
    public const string Change = "change";

    /// <summary>First day of the in-year period.</summary>
    public DateOnly InYearStart => AsOf.AddYears(-1).AddDays(1);

    /// <summary>Last day of the in-year period (the as-of date).</summary>
    public DateOnly InYearEnd => AsOf;

    /// <summary>First day of the previous 12 months.</summary>
    public DateOnly PreviousStart => AsOf.AddYears(-2).AddDays(1);

    /// <summary>Last day of the previous 12 months.</summary>
    public DateOnly PreviousEnd => AsOf.AddYears(-1);

    /// <summary><see cref="InYear"/>, <see cref="Previous"/> or null (outside both) for an interview date.</summary>
    public string? PeriodOf(DateOnly date) =>
        date > InYearEnd || date < PreviousStart ? null : date >= InYearStart ? InYear : Previous;

    /// <summary>First and last day of a period code.</summary>
    public (DateOnly Start, DateOnly End) Bounds(string period) => period switch
    {
        InYear => (InYearStart, InYearEnd),
        Previous => (PreviousStart, PreviousEnd),
        _ => (PreviousStart, InYearEnd),
    };
}
