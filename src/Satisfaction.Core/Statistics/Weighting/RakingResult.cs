namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Outcome of raking. Non-convergence within the allowed passes is reported here, not thrown: the weights
/// are then those after the last pass, as R's <c>rake()</c> returns them with a warning.
/// </summary>
/// <param name="Weights">Raked weight of every row, in row order.</param>
/// <param name="Converged">Whether a pass moved no cell of the cross-classified table by epsilon or more.</param>
/// <param name="Passes">Passes done, including the last one (1 .. MaxIterations).</param>
/// <param name="MarginErrors">Per margin and level, weighted total minus population total after the last pass.</param>
/// <param name="Adjustment">Variance adjustment for estimators on these weights (R's <c>svyrecvar</c> raking sweeps).</param>
public sealed record RakingResult(
    double[] Weights,
    bool Converged,
    int Passes,
    IReadOnlyList<MarginError> MarginErrors,
    ILinearisationAdjustment Adjustment)
{
    /// <summary>Largest absolute margin error over every margin and level (persons).</summary>
    public double MaxAbsMarginError => MarginErrors.Count == 0 ? 0 : MarginErrors.Max(m => m.MaxAbsError);
}
