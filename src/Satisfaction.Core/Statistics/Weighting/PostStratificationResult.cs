namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Outcome of post-stratification.</summary>
/// <param name="Weights">Post-stratified weight of every row (row order); each post-stratum adds up to its population total.</param>
/// <param name="Factors">Per post-stratum level, population total / weighted sample total (1 for a level absent from both).</param>
/// <param name="Adjustment">Variance adjustment, as R's <c>svyrecvar</c> for a post-stratified design.</param>
public sealed record PostStratificationResult(double[] Weights, IReadOnlyList<double> Factors, ILinearisationAdjustment Adjustment);
