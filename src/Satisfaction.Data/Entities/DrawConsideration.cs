namespace Satisfaction.Data.Entities;

/// <summary>
/// A record considered by a draw. Each crime_ref appears at most once over all draws (unique index),
/// so every record is considered exactly once.
/// </summary>
public sealed class DrawConsideration
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The force of the draw and of the record (crime references are unique per force).</summary>
    public int ForceId { get; set; }

    /// <summary>The draw.</summary>
    public long SampleDrawId { get; set; }

    /// <summary>The record's crime_ref (unique over all draws, max 32); references <see cref="RecordedCrime.CrimeRef"/>.</summary>
    public string CrimeRef { get; set; } = string.Empty;

    /// <summary>Sampled, not sampled, or excluded.</summary>
    public ConsiderationOutcome Outcome { get; set; }

    /// <summary>Exclusion reason code, e.g. <c>under_age</c>, <c>domestic_abuse</c> (max 48); null unless excluded.</summary>
    public string? ReasonCode { get; set; }

    /// <summary>Stratum key, e.g. <c>burglary/EAST</c> (max 64); null when excluded before stratification.</summary>
    public string? Stratum { get; set; }

    /// <summary>Inclusion probability in [0, 1]; null when excluded.</summary>
    public double? InclusionProbability { get; set; }

    /// <summary>
    /// True for an ASB incident that is the 5th or later from the same location in the rolling 180 days to its
    /// report (a repeat location); a reporting domain. False for every other record.
    /// </summary>
    public bool AsbRepeatLocation { get; set; }
}
