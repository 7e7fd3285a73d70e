using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Post-stratification to known population totals, as R <c>postStratify()</c>: the weights of each
/// post-stratum are multiplied by population total / weighted sample total.
/// </summary>
public static class PostStratification
{
    /// <summary>Post-stratifies <paramref name="baseWeights"/> on one (possibly crossed) categorical variable.</summary>
    /// <param name="baseWeights">Weight of every row before post-stratification (positive unless <paramref name="allowZeroWeights"/>).</param>
    /// <param name="strata">Post-stratum code of every row with the population total of every level.</param>
    /// <param name="allowZeroWeights">Allow base weights of 0 (rows outside a replicate).</param>
    /// <exception cref="InvalidInputException">A bad weight, an unknown level code, or a level present in only one of sample and population.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PostStratificationResult Apply(ReadOnlySpan<double> baseWeights, WeightingMargin strata, bool allowZeroWeights = false)
    {
        ArgumentNullException.ThrowIfNull(strata);
        WeightValidation.BaseWeights(baseWeights, allowZeroWeights);
        var cells = CellIndex.Build([strata], baseWeights.Length);
        var cellBase = cells.SumByCell(baseWeights);
        WeightValidation.Margins([strata], cells, cellBase, double.PositiveInfinity);

        var sample = new double[strata.LevelCount];
        var codes = SpanHelpers.View(strata.Codes);
        for (var i = 0; i < baseWeights.Length; i++)
        {
            sample[codes[i]] += baseWeights[i];
        }

        var factors = new double[strata.LevelCount];
        for (var l = 0; l < factors.Length; l++)
        {
            factors[l] = sample[l] > 0 ? strata.Totals[l] / sample[l] : 1.0;
        }

        var weights = new double[baseWeights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = baseWeights[i] * factors[codes[i]];
        }

        var adjustment = new PostStratificationAdjustment(codes.ToArray(), baseWeights.ToArray(), weights, strata.LevelCount);
        return new PostStratificationResult(weights, factors, adjustment);
    }
}
