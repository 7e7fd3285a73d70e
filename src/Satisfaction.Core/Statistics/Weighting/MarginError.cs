namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>How far the weighted sample misses one margin: weighted total minus population total, per level.</summary>
/// <param name="Name">Margin (variable) name.</param>
/// <param name="Errors">Per level, in level-code order: weighted sample total minus population total (persons).</param>
public sealed record MarginError(string Name, IReadOnlyList<double> Errors)
{
    /// <summary>Largest absolute error over the levels (0 when there are none).</summary>
    public double MaxAbsError => Errors.Count == 0 ? 0 : Errors.Max(Math.Abs);

    internal static IReadOnlyList<MarginError> Compute(IReadOnlyList<WeightingMargin> margins, CellIndex cells, ReadOnlySpan<double> cellWeights)
    {
        var result = new MarginError[margins.Count];
        for (var k = 0; k < margins.Count; k++)
        {
            var m = margins[k];
            var totals = new double[m.LevelCount];
            var levels = cells.CellLevels[k];
            for (var c = 0; c < levels.Length; c++)
            {
                totals[levels[c]] += cellWeights[c];
            }

            for (var l = 0; l < totals.Length; l++)
            {
                totals[l] -= m.Totals[l];
            }

            result[k] = new MarginError(m.Name, totals);
        }

        return result;
    }
}
