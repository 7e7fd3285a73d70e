namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>A measure's % satisfied with the full-sample weights and its replicate SE.</summary>
/// <param name="Measure">The measure column.</param>
/// <param name="N">Rows with a valid code.</param>
/// <param name="NYes">Rows with a yes code.</param>
/// <param name="SumWeights">Sum of the full-sample weights of the valid rows.</param>
/// <param name="UnweightedProportion">n_yes / n.</param>
/// <param name="Proportion">Weighted proportion with the full-sample weights (0..1).</param>
/// <param name="Se">Replicate standard error.</param>
/// <param name="Method">The variance method.</param>
public sealed record ReplicateEstimate(string Measure, int N, int NYes, double SumWeights, double UnweightedProportion, double Proportion, double Se, string Method);
