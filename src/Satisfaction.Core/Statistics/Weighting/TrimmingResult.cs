namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Outcome of trimming.</summary>
/// <param name="Weights">Trimmed weight of every row (row order); the total is unchanged.</param>
/// <param name="AboveUpperBefore">Rows above the upper limit before trimming.</param>
/// <param name="AboveUpperAfter">Rows above the upper limit after trimming (redistribution can push some over when not strict).</param>
/// <param name="BelowLowerBefore">Rows below the lower limit before trimming.</param>
/// <param name="BelowLowerAfter">Rows below the lower limit after trimming.</param>
/// <param name="Rounds">Trimming rounds done (0 when nothing was outside the limits).</param>
/// <param name="Adjustment">
/// The variance adjustment of the weights that were trimmed (e.g. raking), passed through: R keeps the
/// design's calibration information after <c>trimWeights()</c> and uses it for SEs.
/// </param>
public sealed record TrimmingResult(
    double[] Weights,
    int AboveUpperBefore,
    int AboveUpperAfter,
    int BelowLowerBefore,
    int BelowLowerAfter,
    int Rounds,
    ILinearisationAdjustment? Adjustment);
