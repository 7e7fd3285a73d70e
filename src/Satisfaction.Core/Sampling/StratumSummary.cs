namespace Satisfaction.Core.Sampling;

/// <summary>One stratum of a draw: how many were eligible, allocated and sampled.</summary>
/// <param name="Programme">Programme id.</param>
/// <param name="Stratum">Stratum key.</param>
/// <param name="Eligible">N_h.</param>
/// <param name="Allocated">n_h (expected size for Poisson).</param>
/// <param name="Sampled">Units actually selected.</param>
/// <param name="InclusionProbability">n_h/N_h.</param>
public sealed record StratumSummary(string Programme, string Stratum, int Eligible, int Allocated, int Sampled, double InclusionProbability);
