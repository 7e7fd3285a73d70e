namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Settings of <see cref="ReplicateWeights.Create"/>.</summary>
public sealed record ReplicateOptions
{
    /// <summary>Replicate method; default stratified jackknife.</summary>
    public ReplicateMethod Method { get; init; } = ReplicateMethod.JackknifeStratified;

    /// <summary>Number of bootstrap replicates (default 50, as R); ignored by the jackknives (one replicate per PSU).</summary>
    public int BootstrapReplicates { get; init; } = 50;

    /// <summary>
    /// Finite population correction per row, as R <c>as.svrepdesign</c> of a design with an fpc: the stratum's
    /// population of PSUs (all values &gt; 1 somewhere) or its sampling fraction (all &lt;= 1), constant within a stratum
    /// (the whole sample for JK1). The jackknife scales are multiplied by f = 1 - n / N; the bootstrap ignores it,
    /// as R's subbootstrap does. Null = none.
    /// </summary>
    public IReadOnlyList<double>? Fpc { get; init; }

    /// <summary>
    /// Rake every replicate to its own convergence (the stopping rule applied per replicate) instead of R's way,
    /// where the replicates are raked together with the full sample for as many passes as it needs (default false).
    /// </summary>
    public bool RakeEachReplicateToConvergence { get; init; }

    /// <summary>Seed of the bootstrap draws (<see cref="Randomness.SeededRandom"/>); the same seed gives the same replicates.</summary>
    public long Seed { get; init; } = 1;
}
