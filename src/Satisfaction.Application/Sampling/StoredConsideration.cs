namespace Satisfaction.Application.Sampling;

/// <summary>How a stored draw treated a record.</summary>
/// <param name="DrawId">The draw.</param>
/// <param name="AsOf">Its date.</param>
/// <param name="Seed">Its seed.</param>
/// <param name="Outcome">sampled, not_sampled or excluded.</param>
/// <param name="Reason">Reason code when excluded.</param>
/// <param name="Stratum">Stratum key when eligible.</param>
/// <param name="InclusionProbability">π when eligible.</param>
/// <param name="CaseId">The sampled case id when sampled.</param>
public sealed record StoredConsideration(long DrawId, DateOnly AsOf, long Seed, string Outcome, string? Reason, string? Stratum, double? InclusionProbability, long? CaseId);
