using System.Globalization;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Nonresponse adjustment within weighting classes: in every class the respondents' weights are multiplied
/// by (weighted total of the class) / (weighted total of its respondents); nonrespondents get weight 0.
/// </summary>
public static class NonresponseAdjustment
{
    /// <summary>Adjusts base weights for nonresponse.</summary>
    /// <param name="baseWeights">Base weight of every sampled unit, respondent or not (&gt;= 0).</param>
    /// <param name="classCodes">Weighting class of every unit, 0 .. classCount - 1.</param>
    /// <param name="responded">Whether each unit responded.</param>
    /// <param name="classNames">Optional class labels for messages.</param>
    /// <returns>Adjusted weights in row order; 0 for nonrespondents. Class totals are preserved.</returns>
    /// <exception cref="InvalidInputException">
    /// A bad weight or class code, or a class with a positive weighted total but no respondent of positive weight.
    /// </exception>
    public static double[] Adjust(
        ReadOnlySpan<double> baseWeights,
        ReadOnlySpan<int> classCodes,
        ReadOnlySpan<bool> responded,
        IReadOnlyList<string>? classNames = null)
    {
        if (classCodes.Length != baseWeights.Length || responded.Length != baseWeights.Length)
        {
            throw new ArgumentException("Weights, class codes and response flags must have one entry per row.", nameof(classCodes));
        }

        WeightValidation.BaseWeights(baseWeights, allowZero: true);
        var classes = 0;
        for (var i = 0; i < classCodes.Length; i++)
        {
            if (classCodes[i] < 0)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Row {i + 1}: weighting class code {classCodes[i]} is negative."));
            }

            classes = Math.Max(classes, classCodes[i] + 1);
        }

        var total = new double[classes];
        var respondents = new double[classes];
        for (var i = 0; i < baseWeights.Length; i++)
        {
            total[classCodes[i]] += baseWeights[i];
            if (responded[i])
            {
                respondents[classCodes[i]] += baseWeights[i];
            }
        }

        var factor = new double[classes];
        for (var c = 0; c < classes; c++)
        {
            if (total[c] > 0 && respondents[c] <= 0)
            {
                var name = classNames is not null && c < classNames.Count ? classNames[c] : c.ToString(CultureInfo.InvariantCulture);
                throw new InvalidInputException($"Weighting class '{name}' has no respondents: its nonresponse adjustment is undefined; merge it with a neighbouring class.");
            }

            factor[c] = respondents[c] > 0 ? total[c] / respondents[c] : 0;
        }

        var weights = new double[baseWeights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = responded[i] ? baseWeights[i] * factor[classCodes[i]] : 0;
        }

        return weights;
    }
}
