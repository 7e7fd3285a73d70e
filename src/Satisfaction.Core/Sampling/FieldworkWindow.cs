namespace Satisfaction.Core.Sampling;

/// <summary>
/// How long after the report a victim may be interviewed: report dates from <see cref="MaxDays"/> to
/// <see cref="MinDays"/> days before the draw date, both ends inclusive (default 42 to 84 days: 6 to 12 weeks).
/// </summary>
/// <param name="MinDays">Youngest record, in days before the draw date (0 or more).</param>
/// <param name="MaxDays">Oldest record, in days before the draw date (at least <paramref name="MinDays"/>).</param>
public sealed record FieldworkWindow(int MinDays, int MaxDays)
{
    /// <summary>The default window of 6 to 12 weeks.</summary>
    public static FieldworkWindow Default { get; } = new(42, 84);

    /// <summary>Earliest report date in the window at <paramref name="asOf"/>.</summary>
    public DateOnly Earliest(DateOnly asOf) => asOf.AddDays(-MaxDays);

    /// <summary>Latest report date in the window at <paramref name="asOf"/>.</summary>
    public DateOnly Latest(DateOnly asOf) => asOf.AddDays(-MinDays);

    /// <summary>Where a report date lies relative to the window at <paramref name="asOf"/>: -1 too old, 0 inside, 1 too recent.</summary>
    public int Compare(DateOnly reportDate, DateOnly asOf) =>
        reportDate < Earliest(asOf) ? -1 : reportDate > Latest(asOf) ? 1 : 0;
}
