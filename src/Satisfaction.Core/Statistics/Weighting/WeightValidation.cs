using System.Globalization;
using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Checks shared by the weighting methods; every failure is bad user input.</summary>
internal static class WeightValidation
{
    /// <summary>Base weights must be finite and positive (or zero, when <paramref name="allowZero"/>).</summary>
    /// <param name="weights">Weights to check.</param>
    /// <param name="allowZero">Whether 0 is allowed.</param>
    /// <param name="firstRow">1-based row number of the first weight, for messages.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void BaseWeights(ReadOnlySpan<double> weights, bool allowZero, int firstRow = 1)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            var w = weights[i];
            if (w > 0 && double.IsFinite(w))
            {
                continue;
            }

            var problem = WeightCheck.Problem(w, allowZero);
            if (problem is not null)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Row {i + firstRow}: {problem}."));
            }
        }
    }

    /// <summary>
    /// Population totals must be finite and non-negative, every margin must add up to the same population
    /// (within <paramref name="relativeTolerance"/> of the first margin's sum), and the sample and the
    /// population must cover the same levels.
    /// </summary>
    /// <returns>The population total (the first margin's sum).</returns>
    public static double Margins(IReadOnlyList<WeightingMargin> margins, CellIndex cells, ReadOnlySpan<double> cellWeights, double relativeTolerance)
    {
        var population = margins[0].PopulationTotal;
        for (var k = 0; k < margins.Count; k++)
        {
            var m = margins[k];
            for (var l = 0; l < m.LevelCount; l++)
            {
                var t = m.Totals[l];
                if (!double.IsFinite(t) || t < 0)
                {
                    throw new InvalidInputException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Margin '{m.Name}', level '{m.LevelName(l)}': population total {t.ToString("R", CultureInfo.InvariantCulture)} is not a non-negative number."));
                }
            }

            var sum = m.PopulationTotal;
            if (Math.Abs(sum - population) > relativeTolerance * Math.Max(Math.Abs(population), 1.0))
            {
                throw new InvalidInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Margin '{m.Name}' totals add up to {sum.ToString("R", CultureInfo.InvariantCulture)} but margin '{margins[0].Name}' totals add up to {population.ToString("R", CultureInfo.InvariantCulture)}: every margin must describe the same population."));
            }

            var sample = new double[m.LevelCount];
            var levels = cells.CellLevels[k];
            for (var c = 0; c < levels.Length; c++)
            {
                sample[levels[c]] += cellWeights[c];
            }

            for (var l = 0; l < m.LevelCount; l++)
            {
                if (m.Totals[l] > 0 && sample[l] <= 0)
                {
                    throw new InvalidInputException(
                        $"Margin '{m.Name}', level '{m.LevelName(l)}' has a population total but no respondents (with a positive weight) in the sample.");
                }

                if (m.Totals[l] == 0 && sample[l] > 0)
                {
                    throw new InvalidInputException(
                        $"Margin '{m.Name}', level '{m.LevelName(l)}' has respondents but a population total of 0.");
                }
            }
        }

        return population;
    }
}
