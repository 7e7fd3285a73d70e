using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>What a weighting step made: the weights, what the SEs need to know of it, and its summary.</summary>
/// <param name="Table">The respondent rows the weights belong to.</param>
/// <param name="Weights">The new weight of every row.</param>
/// <param name="Adjustment">The raking or calibration adjustment for linearised variances; null after trimming alone.</param>
/// <param name="Summary">One line for the user ("rake: rows=600 converged=true passes=5 ...").</param>
/// <param name="Warnings">Warnings for the user; empty when none.</param>
public sealed record WeightingRun(CsvTable Table, double[] Weights, ILinearisationAdjustment? Adjustment, string Summary, IReadOnlyList<string> Warnings);
