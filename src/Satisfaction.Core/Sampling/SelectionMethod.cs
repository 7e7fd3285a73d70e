namespace Satisfaction.Core.Sampling;

/// <summary>How units are chosen within a stratum once its sample size is known.</summary>
public enum SelectionMethod
{
    /// <summary>Simple random sampling without replacement: exactly n_h of N_h, π = n_h/N_h.</summary>
    SimpleRandom,

    /// <summary>
    /// Systematic: units sorted by report date then crime ref, fractional interval N_h/n_h from a uniform random
    /// start; exactly n_h units, π = n_h/N_h.
    /// </summary>
    Systematic,

    /// <summary>Poisson: each unit independently with π = n_h/N_h; the realised size varies.</summary>
    Poisson,
}
