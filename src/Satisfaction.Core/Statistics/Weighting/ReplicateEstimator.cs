namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Estimates with replicate weights (R <c>svymean</c> on an <c>svrep.design</c>, <c>mse = FALSE</c>).</summary>
public static class ReplicateEstimator
{
    /// <summary>
    /// The weighted proportion of a 0/1 indicator over its valid rows with the full-sample weights, and its
    /// replicate SE: the same proportion recomputed with every replicate's weights, spread about their mean.
    /// </summary>
    /// <param name="set">Full-sample and replicate weights.</param>
    /// <param name="measure">Measure name, copied to the result.</param>
    /// <param name="indicator">1 = yes, 0 = valid no, NaN = not in the denominator; one per row.</param>
    /// <param name="method">Description of the variance method, copied to the result.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="InvalidInputException">No row has a valid value.</exception>
    public static ReplicateEstimate Proportion(ReplicateWeightSet set, string measure, double[] indicator, string method)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(indicator);
        var n = indicator.Count(v => !double.IsNaN(v));
        if (n == 0)
        {
            throw new InvalidInputException($"'{measure}': no row has a valid value; there is nothing to estimate.");
        }

        var nYes = indicator.Count(v => v == 1);
        var (sumWeights, proportion) = WeightedMean(set.FullSampleWeights, indicator);
        var variance = set.Variance(w => WeightedMean(w, indicator).Value);
        return new ReplicateEstimate(measure, n, nYes, sumWeights, (double)nYes / n, proportion, Math.Sqrt(variance), "replicate variance: " + method);
    }

    private static (double SumWeights, double Value) WeightedMean(ReadOnlySpan<double> weights, double[] values)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                sw += weights[i];
                swy += weights[i] * values[i];
            }
        }

        return (sw, swy / sw);
    }
}
