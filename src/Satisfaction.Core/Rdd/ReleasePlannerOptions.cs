namespace Satisfaction.Core.Rdd;

/// <summary>Settings for <see cref="ReleasePlanner"/>; the defaults suit about 50 interviews a month.</summary>
public sealed record ReleasePlannerOptions
{
    /// <summary>Completed interviews wanted per month, 1 or more (default 50).</summary>
    public int TargetInterviewsPerMonth { get; init; } = 50;

    /// <summary>Numbers per replicate, 1 or more (default 100).</summary>
    public int ReplicateSize { get; init; } = 100;

    /// <summary>Call attempts after which a number without a final disposition is worked out (default 6).</summary>
    public int MaxCallAttempts { get; init; } = 6;

    /// <summary>
    /// Prior completes per released number, used alone when there is no history and blended with the
    /// observed rate otherwise (default 0.06: about 45% working residential × 13% response; an assumption
    /// to replace with the force's own history). Range: 0 &lt; p ≤ 1.
    /// </summary>
    public double PriorCompletesPerNumber { get; init; } = 0.06;

    /// <summary>
    /// How many released numbers the prior is worth (default 200): observed history outweighs it once more
    /// than that many numbers are worked out. 0 ignores the prior when there is history.
    /// </summary>
    public int PriorWeightNumbers { get; init; } = 200;

    /// <summary>Upper limit on replicates in one release (default 20), a guard against a tiny observed yield.</summary>
    public int MaxReplicatesPerRelease { get; init; } = 20;
}
