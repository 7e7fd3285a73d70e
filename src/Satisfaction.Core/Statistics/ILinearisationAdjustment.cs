namespace Satisfaction.Core.Statistics;

/// <summary>
/// What calibration (post-stratification, raking, GREG calibration) adds to a design for variance
/// estimation: it replaces an estimator's weighted linearised values by their residuals on the
/// calibration variables, as R's <c>svyrecvar</c> does with a design's <c>postStrata</c>.
/// </summary>
/// <remarks>
/// Rows are in the design's row order and include rows of zero weight (a domain keeps the full design).
/// Implementations: post-stratification and raking (10 back-fitting sweeps over the margins,
/// x &lt;- x - w * ave(x / w, margin)) and GREG (x &lt;- qr.resid(X, x / w) * w).
/// </remarks>
public interface ILinearisationAdjustment
{
    /// <summary>
    /// Residualises, in place, the weighted linearised values x_i = w_i * z_i of one estimator.
    /// </summary>
    /// <param name="weightedValues">One value per design row; rows of zero weight hold 0.</param>
    void Residualize(Span<double> weightedValues);
}
