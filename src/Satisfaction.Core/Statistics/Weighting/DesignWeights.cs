using System.Globalization;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Design (base) weights: the inverse of each row's inclusion probability.</summary>
public static class DesignWeights
{
    /// <summary>Returns 1 / pi for every row.</summary>
    /// <param name="inclusionProbabilities">Inclusion probability of every row, in (0, 1].</param>
    /// <exception cref="InvalidInputException">A probability is not in (0, 1] (the message names the 1-based row).</exception>
    public static double[] FromInclusionProbabilities(ReadOnlySpan<double> inclusionProbabilities)
    {
        var weights = new double[inclusionProbabilities.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var p = inclusionProbabilities[i];
            if (!(p > 0 && p <= 1))
            {
                throw new InvalidInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Row {i + 1}: inclusion probability {p.ToString("R", CultureInfo.InvariantCulture)} is not in (0, 1]."));
            }

            weights[i] = 1.0 / p;
        }

        return weights;
    }
}
