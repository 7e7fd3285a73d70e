namespace Satisfaction.Core.Statistics;

/// <summary>
/// The difference a - b between a measure in two disjoint domains (two periods, two groups), as R
/// <c>svyby(..., covmat = TRUE)</c> + <c>svycontrast</c>, and the same as the coefficient of the
/// group indicator in a gaussian <c>svyglm</c>.
/// </summary>
/// <param name="A">Estimate in domain a.</param>
/// <param name="B">Estimate in domain b.</param>
/// <param name="Difference">A - B.</param>
/// <param name="SeDifference">sqrt(var a + var b - 2 cov).</param>
/// <param name="Covariance">Design covariance of the two estimates (non-zero through shared strata).</param>
/// <param name="Z">Difference / SeDifference.</param>
/// <param name="PValueNormal">Two-sided p-value from N(0, 1).</param>
/// <param name="SvyglmDf">Residual df of the svyglm form: degf(a and b together) - 1.</param>
/// <param name="SvyglmPValue">Two-sided p-value from t on <paramref name="SvyglmDf"/> df.</param>
public sealed record DomainDifference(
    LinearEstimate A,
    LinearEstimate B,
    double Difference,
    double SeDifference,
    double Covariance,
    double Z,
    double PValueNormal,
    int SvyglmDf,
    double SvyglmPValue)
{
    /// <summary>
    /// Wald interval for the difference: <see cref="Difference"/> +/- t(<see cref="SvyglmDf"/>) x
    /// <see cref="SeDifference"/>, the interval that matches the svyglm t test (it excludes 0 exactly
    /// when <see cref="SvyglmPValue"/> is below 1 - <paramref name="level"/>).
    /// </summary>
    /// <param name="level">Confidence level, 0 &lt; level &lt; 1.</param>
    /// <returns>The bounds; undefined (NaN) when the SE is not finite.</returns>
    public CiBounds ConfidenceInterval(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "the confidence level must lie strictly between 0 and 1");
        }

        var half = Quantiles.TQuantile(1 - ((1 - level) / 2), SvyglmDf) * SeDifference;
        return double.IsFinite(half) ? new CiBounds(Difference - half, Difference + half) : new CiBounds(double.NaN, double.NaN);
    }

    /// <summary>True when the change is significant at <paramref name="level"/> by the svyglm t test.</summary>
    public bool IsSignificant(double level) => SvyglmPValue < 1 - level;
}
