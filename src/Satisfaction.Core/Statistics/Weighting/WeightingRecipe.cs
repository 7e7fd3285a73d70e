namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// A whole weighting recipe, run on base weights in order: nonresponse adjustment, then raking or
/// calibration, then trimming (each step optional). Replicate weights re-run it for every replicate.
/// </summary>
/// <remarks>
/// Every step sees all rows; rows that a step or a replicate sets to weight 0 stay 0 (margin codes must still
/// be valid for them).
/// </remarks>
public sealed record WeightingRecipe
{
    /// <summary>Nonresponse adjustment within weighting classes; null to skip.</summary>
    public NonresponseStep? Nonresponse { get; init; }

    /// <summary>Margins to rake to; null to skip raking. Not together with <see cref="CalibrateTo"/>.</summary>
    public IReadOnlyList<WeightingMargin>? RakeTo { get; init; }

    /// <summary>Raking stopping rule; null for R's defaults.</summary>
    public RakingOptions? Raking { get; init; }

    /// <summary>Margins to calibrate to; null to skip calibration. Not together with <see cref="RakeTo"/>.</summary>
    public IReadOnlyList<WeightingMargin>? CalibrateTo { get; init; }

    /// <summary>Numeric variables with population totals to calibrate to as well (with <see cref="CalibrateTo"/> only); null or empty = none.</summary>
    public IReadOnlyList<CalibrationTotal>? CalibrationTotals { get; init; }

    /// <summary>Calibration settings; null for R's defaults (linear, unbounded).</summary>
    public CalibrationOptions? Calibration { get; init; }

    /// <summary>Trimming limits; null to skip trimming.</summary>
    public TrimmingOptions? Trimming { get; init; }

    /// <summary>Runs the recipe on positive base weights.</summary>
    /// <param name="baseWeights">Base weight of every row.</param>
    /// <returns>The final weights and the variance adjustment of the raking or calibration step (null if neither ran).</returns>
    /// <exception cref="InvalidInputException">Any step's bad input, or calibration that failed.</exception>
    public (double[] Weights, ILinearisationAdjustment? Adjustment) Apply(ReadOnlySpan<double> baseWeights) => Run(baseWeights, allowZeroWeights: false, null, out _);

    /// <summary>Runs the recipe; <paramref name="rakingPasses"/> gives the raking passes done (0 without raking).</summary>
    /// <param name="baseWeights">Base weight of every row.</param>
    /// <param name="allowZeroWeights">Whether rows may weigh 0 (a replicate).</param>
    /// <param name="fixedRakingPasses">Rake exactly this many passes (the full sample's, as R rakes replicates); null = the stopping rule.</param>
    /// <param name="rakingPasses">Passes the raking step did.</param>
    internal (double[] Weights, ILinearisationAdjustment? Adjustment) Run(ReadOnlySpan<double> baseWeights, bool allowZeroWeights, int? fixedRakingPasses, out int rakingPasses)
    {
        rakingPasses = 0;
        if (RakeTo is not null && CalibrateTo is not null)
        {
            throw new ArgumentException("A recipe either rakes or calibrates, not both.");
        }

        if (CalibrationTotals is { Count: > 0 } && CalibrateTo is null)
        {
            throw new ArgumentException("Numeric totals are calibrated to (CalibrateTo), not raked to.");
        }

        var weights = baseWeights.ToArray();
        ILinearisationAdjustment? adjustment = null;
        if (Nonresponse is not null)
        {
            weights = NonresponseAdjustment.Adjust(
                weights,
                SpanHelpers.View(Nonresponse.ClassCodes),
                SpanHelpers.View(Nonresponse.Responded));
            allowZeroWeights = true;
        }

        if (RakeTo is not null)
        {
            var options = (Raking ?? new RakingOptions()) with { AllowZeroWeights = allowZeroWeights };
            if (fixedRakingPasses is { } fixedPasses)
            {
                options = options with { MaxIterations = fixedPasses, FixedPasses = true };
            }

            var raked = Weighting.Raking.Rake(weights, RakeTo, options);
            rakingPasses = raked.Passes;
            weights = raked.Weights;
            adjustment = raked.Adjustment;
        }

        if (CalibrateTo is not null)
        {
            var options = (Calibration ?? new CalibrationOptions()) with { AllowZeroWeights = allowZeroWeights };
            var calibrated = Weighting.Calibration.Calibrate(weights, CalibrateTo, CalibrationTotals ?? [], options);
            if (!calibrated.Succeeded)
            {
                throw new InvalidInputException(calibrated.FailureReason ?? Weighting.Calibration.FailedMessage);
            }

            weights = calibrated.Weights;
            adjustment = calibrated.Adjustment;
        }

        if (Trimming is not null)
        {
            weights = Weighting.Trimming.Trim(weights, Trimming, adjustment).Weights;
        }

        return (weights, adjustment);
    }
}
