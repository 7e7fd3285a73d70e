using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>What <see cref="ReplicateWeighting.Create"/> builds: replicate weights with the weighting recipe re-run per replicate.</summary>
public sealed record ReplicatesRequest
{
    /// <summary>Bootstrap replicates when none are asked for.</summary>
    public const int DefaultBootstrapReplicates = 200;

    /// <summary>Bootstrap seed when none is given.</summary>
    public const long DefaultSeed = 1;

    /// <summary>The respondent file.</summary>
    public required DataFile Data { get; init; }

    /// <summary>Base weight column; null = 1 for everyone.</summary>
    public string? Weights { get; init; }

    /// <summary>Stratum column (jkn and bootstrap; jk1 ignores strata).</summary>
    public string? Strata { get; init; }

    /// <summary>PSU column; null = every row is its own PSU.</summary>
    public string? Ids { get; init; }

    /// <summary>Fpc column (PSUs in the stratum's population, or the sampling fraction); null = none.</summary>
    public string? Fpc { get; init; }

    /// <summary>jk1, jkn or bootstrap.</summary>
    public ReplicateMethod Method { get; init; } = ReplicateMethod.Bootstrap;

    /// <summary>Bootstrap replicates (at least 2).</summary>
    public int BootstrapReplicates { get; init; } = DefaultBootstrapReplicates;

    /// <summary>Bootstrap seed; null = <see cref="DefaultSeed"/> (said so in the summary).</summary>
    public long? Seed { get; init; }

    /// <summary>Raking or calibration and trimming, re-run for every replicate; null = base weights only.</summary>
    public WeightingSettings? Weighting { get; init; }

    /// <summary>Measures whose % satisfied gets a replicate SE; empty = none.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    /// <summary>Yes and valid codes of the measures.</summary>
    public MeasureRule Rule { get; init; } = MeasureRule.Default;
}
