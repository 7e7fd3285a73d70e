namespace Satisfaction.Core.Sampling;

/// <summary>The outcome of one draw.</summary>
/// <param name="AsOf">Draw date.</param>
/// <param name="Seed">Seed used.</param>
/// <param name="Considerations">Every record considered, ordered by crime ref (ordinal).</param>
/// <param name="Sampled">Sampled cases, ordered by crime ref (ordinal).</param>
/// <param name="Strata">Per-stratum summary, ordered by programme then stratum key.</param>
public sealed record DrawResult(
    DateOnly AsOf,
    long Seed,
    IReadOnlyList<Consideration> Considerations,
    IReadOnlyList<SampledUnit> Sampled,
    IReadOnlyList<StratumSummary> Strata);
