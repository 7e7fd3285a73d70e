namespace Satisfaction.Application.Scores;

/// <summary>The eligible sampled cases of one draw x stratum: the unit of the victim surveys' nonresponse adjustment.</summary>
/// <param name="DrawId">The draw.</param>
/// <param name="DrawAsOf">The draw's as-of date (orders a stratum's classes when an empty one is merged).</param>
/// <param name="Stratum">Sampling stratum, e.g. burglary/EAST.</param>
/// <param name="DesignWeightTotal">Sum of the design weights of its eligible sampled cases (disposition not 4.x).</param>
/// <param name="EligibleCount">Eligible records the draw considered in the stratum (sampled or not): the fpc N_h.</param>
public sealed record WeightingClassTotal(long DrawId, DateOnly DrawAsOf, string Stratum, double DesignWeightTotal, int EligibleCount);
