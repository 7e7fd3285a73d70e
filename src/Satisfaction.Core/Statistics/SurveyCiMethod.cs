namespace Satisfaction.Core.Statistics;

/// <summary>Confidence-interval methods for a proportion under a complex design (R <c>svyciprop</c>).</summary>
public enum SurveyCiMethod
{
    /// <summary>Wald interval on the logit scale from an intercept-only quasibinomial svyglm ("logit", R's default).</summary>
    Logit = 0,

    /// <summary>Rao-Scott scaled profile likelihood of that svyglm ("likelihood").</summary>
    Likelihood = 1,

    /// <summary>Korn-Graubard: Clopper-Pearson on the effective sample size, df-adjusted ("beta").</summary>
    Beta = 2,

    /// <summary>Wald interval p +/- t SE, may leave [0, 1] ("mean").</summary>
    Mean = 3,

    /// <summary>Delta method on logit(p) ("xlogit").</summary>
    XLogit = 4,

    /// <summary>Delta method on asin(sqrt(p)), back-transformed with sin^2 ("asin").</summary>
    Asin = 5,
}
