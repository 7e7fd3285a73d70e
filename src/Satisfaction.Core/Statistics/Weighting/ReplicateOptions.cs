namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Settings of <see cref="ReplicateWeights.Create"/>.</summary>
public sealed record ReplicateOptions
{
    /// <summary>Replicate method; default stratified jackknife.</summary>
    public ReplicateMethod Method { get; init; } = ReplicateMethod.JackknifeStratified;

    /// <summary>Number of bootstrap replicates (default 50, as R); ignored by the jackknives (one replicate per PSU).</summary>
    public int BootstrapReplicates { get; init; } = 50;

    /// <summary>Seed of the bootstrap draws (<see cref="Randomness.SeededRandom"/>); the same seed gives the same replicates.</summary>
    public long Seed { get; init; } = 1;
}
