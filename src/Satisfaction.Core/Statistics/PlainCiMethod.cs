namespace Satisfaction.Core.Statistics;

/// <summary>Confidence-interval methods for a plain binomial proportion x / n.</summary>
public enum PlainCiMethod
{
    /// <summary>p +/- z sqrt(p(1-p)/n), not clipped ("wald").</summary>
    Wald = 0,

    /// <summary>Wilson score interval, R <c>prop.test(correct = FALSE)</c> ("wilson").</summary>
    Wilson = 1,

    /// <summary>Wilson with continuity correction, R <c>prop.test(correct = TRUE)</c> ("wilson_cc").</summary>
    WilsonCc = 2,

    /// <summary>Exact Clopper-Pearson, R <c>binom.test</c> ("clopper_pearson").</summary>
    ClopperPearson = 3,

    /// <summary>Jeffreys: Beta(x + 1/2, n - x + 1/2) quantiles, no boundary adjustment ("jeffreys").</summary>
    Jeffreys = 4,

    /// <summary>Agresti-Coull, not clipped ("agresti_coull").</summary>
    AgrestiCoull = 5,
}
