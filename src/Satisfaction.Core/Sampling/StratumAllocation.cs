namespace Satisfaction.Core.Sampling;

/// <summary>The sample size given to one stratum.</summary>
/// <param name="Key">Stratum key.</param>
/// <param name="Population">N_h, eligible records.</param>
/// <param name="SampleSize">n_h, 0 ≤ n_h ≤ N_h (for Poisson selection, the expected size).</param>
public sealed record StratumAllocation(string Key, int Population, int SampleSize)
{
    /// <summary>Inclusion probability n_h/N_h (0 for an empty stratum).</summary>
    public double InclusionProbability => Population == 0 ? 0 : (double)SampleSize / Population;
}
