using Satisfaction.Core.Sampling;

namespace Satisfaction.Demo.Pipeline;

/// <summary>What <c>satisfaction demo</c> was asked to do.</summary>
/// <param name="Seed">Seed of the synthetic data, of the simulated respondents and of the true rates.</param>
/// <param name="AsOf">The date treated as today: the last day of fieldwork and the report's as-of date.</param>
/// <param name="RecordsPerYear">Average number of crimes and incidents in a year.</param>
/// <param name="Programmes">
/// The sampling programmes for the weekly draws; null or empty skips the fieldwork (the summary says so).
/// </param>
public sealed record DemoRequest(
    long Seed,
    DateOnly AsOf,
    int RecordsPerYear = 8000,
    IReadOnlyList<SamplingProgramme>? Programmes = null)
{
    /// <summary>
    /// True (default): the fieldwork years with interviews, the true rates and the report. False: as the demo was before
    /// its fieldwork step, one year of recorded crime, its 53 weekly draws and the as-of month's RDD release, no interviews.
    /// </summary>
    public bool Fieldwork { get; init; } = true;

    /// <summary>Years of fieldwork before <see cref="AsOf"/> (1 to 5; default 2, so that in-year and the previous 12 months both exist).</summary>
    public int Years { get; init; } = 2;

    /// <summary>Folder for <c>true-rates.csv</c> and <c>report/</c>; null writes neither.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>
    /// The 95% half-width the demo's weekly draws are sized for (the programmes' <c>target_half_width</c> is replaced by
    /// it for the demo only). Default 0.09: about a ninth of the shipped ±3-point sample, to keep two years of
    /// fieldwork short (measured on a loaded 2-core machine: about 200 s of processor time at 3,000 records a year).
    /// </summary>
    public double SampleHalfWidth { get; init; } = 0.09;

    /// <summary>Completed RDD confidence interviews wanted a month (the release planner's target; default 6).</summary>
    public int RddInterviewsPerMonth { get; init; } = 6;

    /// <summary>Numbers per RDD replicate (default 20).</summary>
    public int RddReplicateSize { get; init; } = 20;

    /// <summary>
    /// Days of recorded crime generated before <see cref="AsOf"/>: the fieldwork years and the 12 weeks before them (the
    /// oldest fieldwork window); 365 without fieldwork.
    /// </summary>
    public int CrimeDays => Fieldwork ? AsOf.DayNumber - AsOf.AddYears(-Years).AddDays(-84).DayNumber : 365;

    /// <summary>The weekly draw dates: every 7 days back from <see cref="AsOf"/> while after the start of the fieldwork years, ascending.</summary>
    public IReadOnlyList<DateOnly> DrawDates()
    {
        var start = AsOf.AddYears(-Years);
        var dates = new List<DateOnly>();
        for (var d = AsOf; d > start; d = d.AddDays(-7))
        {
            dates.Add(d);
        }

        dates.Reverse();
        return dates;
    }
}
