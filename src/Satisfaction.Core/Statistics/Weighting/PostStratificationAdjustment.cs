using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Variance adjustment after post-stratification, as R's <c>svyrecvar</c>: with old weights o and new
/// weights w, x &lt;- x - w * [sum_level(x o / w) / sum_level(o)], the post-stratum mean removed.
/// </summary>
internal sealed class PostStratificationAdjustment : ILinearisationAdjustment
{
    private readonly int[] _codes;
    private readonly double[] _oldWeights;
    private readonly double[] _weights;
    private readonly int _levels;

    public PostStratificationAdjustment(int[] codes, double[] oldWeights, double[] weights, int levels)
    {
        _codes = codes;
        _oldWeights = oldWeights;
        _weights = weights;
        _levels = levels;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Residualize(Span<double> weightedValues)
    {
        if (weightedValues.Length != _weights.Length)
        {
            throw new ArgumentException("One value per design row is required.", nameof(weightedValues));
        }

        var numerator = new double[_levels];
        var denominator = new double[_levels];
        for (var i = 0; i < weightedValues.Length; i++)
        {
            var w = _weights[i];
            var o = _oldWeights[i];
            var code = _codes[i];
            denominator[code] += o;
            if (w != 0)
            {
                numerator[code] += weightedValues[i] * o / w;
            }
        }

        for (var i = 0; i < weightedValues.Length; i++)
        {
            var code = _codes[i];
            if (denominator[code] != 0)
            {
                weightedValues[i] -= _weights[i] * numerator[code] / denominator[code];
            }
        }
    }
}
