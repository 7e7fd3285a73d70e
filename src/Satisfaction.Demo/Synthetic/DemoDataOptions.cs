namespace Satisfaction.Demo.Synthetic;

/// <summary>What to generate.</summary>
public sealed record DemoDataOptions
{
    /// <summary>Seed; the same seed gives the same records byte for byte.</summary>
    public long Seed { get; init; } = 2016;

    /// <summary>The day after the last generated day: the year covered is the 365 days before it.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>Days covered, ending the day before <see cref="AsOf"/>.</summary>
    public int Days { get; init; } = 365;

    /// <summary>Average number of records (crimes and incidents) per year.</summary>
    public int RecordsPerYear { get; init; } = 8000;
}
