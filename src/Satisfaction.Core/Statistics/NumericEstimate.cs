namespace Satisfaction.Core.Statistics;

/// <summary>
/// A mean, total or ratio of a numeric variable over the whole sample or a domain, with its linearised SE and
/// R's <c>confint</c> intervals.
/// </summary>
/// <param name="Measure">The variable (the numerator of a ratio).</param>
/// <param name="Statistic">Mean, total or ratio.</param>
/// <param name="Denominator">The denominator variable of a ratio; null otherwise.</param>
/// <param name="By">Column(s) defining the domain (comma-separated), or null for the whole sample.</param>
/// <param name="Domain">Domain value(s) ("/"-separated), or null for the whole sample.</param>
/// <param name="N">Respondents in the domain with a value (both values for a ratio).</param>
/// <param name="SumWeights">Sum of their weights.</param>
/// <param name="Estimate">The estimate (times <paramref name="Scale"/> for a ratio).</param>
/// <param name="Se">Its linearisation standard error (same scale).</param>
/// <param name="Var">Its square.</param>
/// <param name="Deff">Design effect (R <c>deff = TRUE</c>); NaN for a ratio (R gives none) or when undefined.</param>
/// <param name="Degf">Design degrees of freedom of the domain.</param>
/// <param name="Normal">R's <c>confint()</c>: estimate +/- z SE (normal quantile, R's default).</param>
/// <param name="T">R's <c>confint(df = degf(design))</c>: estimate +/- t SE on the design df.</param>
/// <param name="Level">Confidence level.</param>
/// <param name="Scale">Multiplier of a ratio (1000 for "per 1,000"); 1 otherwise.</param>
/// <param name="Method">Description of the variance method.</param>
public sealed record NumericEstimate(
    string Measure,
    NumericStatistic Statistic,
    string? Denominator,
    string? By,
    string? Domain,
    int N,
    double SumWeights,
    double Estimate,
    double Se,
    double Var,
    double Deff,
    int Degf,
    CiBounds Normal,
    CiBounds T,
    double Level,
    double Scale,
    string Method);
