namespace Satisfaction.Core.Sampling;

/// <summary>How a draw's sample size is shared among strata.</summary>
public enum AllocationMethod
{
    /// <summary>Take every eligible record (n_h = N_h).</summary>
    Census,

    /// <summary>n_h proportional to N_h for a fixed total per draw.</summary>
    Proportional,

    /// <summary>The same n_h in every stratum (surplus of small strata goes to the others).</summary>
    Equal,

    /// <summary>Neyman: n_h proportional to N_h·sqrt(p_h(1−p_h)) with p_h the expected proportion.</summary>
    Neyman,

    /// <summary>
    /// The annual sample each user group (and the whole programme) needs for a 95% CI half-width at most the
    /// target, spread evenly over the weeks of the year and across strata in proportion to N_h.
    /// </summary>
    TargetPrecision,
}
