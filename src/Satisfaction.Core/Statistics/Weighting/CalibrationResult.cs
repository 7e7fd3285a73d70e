namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Outcome of calibration. When the Newton iterations do not meet the convergence rule within the allowed
/// iterations (for example bounds that cannot be met), <see cref="Succeeded"/> is false and
/// <see cref="FailureReason"/> reads "Calibration failed", as R's <c>calibrate()</c> stops.
/// </summary>
/// <param name="Succeeded">Whether the calibration equations were met.</param>
/// <param name="FailureReason">Null on success; otherwise why it failed.</param>
/// <param name="Weights">Calibrated weights (row order); on failure the last iterate, not fit for use.</param>
/// <param name="G">g = weight / base weight for every row.</param>
/// <param name="Iterations">Newton iterations done.</param>
/// <param name="MaxRelativeMisfit">max |population - weighted total| / (1 + |population|) over the model columns at the end.</param>
/// <param name="MarginErrors">Per margin and level, weighted total minus population total.</param>
/// <param name="Adjustment">Variance adjustment (GREG residuals on the calibration model matrix); null on failure.</param>
public sealed record CalibrationResult(
    bool Succeeded,
    string? FailureReason,
    double[] Weights,
    double[] G,
    int Iterations,
    double MaxRelativeMisfit,
    IReadOnlyList<MarginError> MarginErrors,
    ILinearisationAdjustment? Adjustment)
{
    /// <summary>Smallest g (NaN when there are no rows).</summary>
    public double GMin => G.Length == 0 ? double.NaN : G.Min();

    /// <summary>Largest g (NaN when there are no rows).</summary>
    public double GMax => G.Length == 0 ? double.NaN : G.Max();

    /// <summary>Largest absolute margin error over every margin and level (persons).</summary>
    public double MaxAbsMarginError => MarginErrors.Count == 0 ? 0 : MarginErrors.Max(m => m.MaxAbsError);
}
