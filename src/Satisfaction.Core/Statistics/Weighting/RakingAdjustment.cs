using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Variance adjustment after raking, as R's <c>svyrecvar</c> does for a raked design: 10 back-fitting sweeps
/// over the margins, x &lt;- x - w_k * ave(x / w_k, margin_k), where w_k is the weight after post-stratifying on
/// margin k in the last raking pass and <c>ave</c> is the plain mean over every design row of the level.
/// </summary>
/// <remarks>
/// w_k = base weight x a factor that is constant within a cell, so with y = x / base weight every sweep only
/// subtracts a per-cell constant from y: the sweeps run on cell sums and the rows are read twice.
/// </remarks>
internal sealed class RakingAdjustment : ILinearisationAdjustment
{
    private const int Sweeps = 10;
    private readonly CellIndex _cells;
    private readonly double[] _baseWeights;
    private readonly double[][] _marginFactors;

    public RakingAdjustment(CellIndex cells, double[] baseWeights, double[][] marginFactors)
    {
        _cells = cells;
        _baseWeights = baseWeights;
        _marginFactors = marginFactors;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Residualize(Span<double> weightedValues)
    {
        if (weightedValues.Length != _baseWeights.Length)
        {
            throw new ArgumentException("One value per design row is required.", nameof(weightedValues));
        }

        var rowCell = _cells.RowCell;
        var nCells = _cells.CellCount;
        var y0 = new double[nCells];
        for (var i = 0; i < weightedValues.Length; i++)
        {
            var w = _baseWeights[i];
            if (w != 0)
            {
                y0[rowCell[i]] += weightedValues[i] / w;
            }
        }

        var counts = _cells.CellRowCounts;
        var shift = new double[nCells];
        var margins = _marginFactors.Length;
        var levelCounts = new double[margins][];
        for (var k = 0; k < margins; k++)
        {
            var levels = _cells.CellLevels[k];
            var n = new double[levels.Length == 0 ? 0 : levels.Max() + 1];
            for (var c = 0; c < nCells; c++)
            {
                n[levels[c]] += counts[c];
            }

            levelCounts[k] = n;
        }

        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            for (var k = 0; k < margins; k++)
            {
                var levels = _cells.CellLevels[k];
                var f = _marginFactors[k];
                var n = levelCounts[k];
                var mean = new double[n.Length];
                for (var c = 0; c < nCells; c++)
                {
                    mean[levels[c]] += (y0[c] - (counts[c] * shift[c])) / f[c];
                }

                for (var l = 0; l < mean.Length; l++)
                {
                    mean[l] = n[l] > 0 ? mean[l] / n[l] : 0;
                }

                for (var c = 0; c < nCells; c++)
                {
                    shift[c] += f[c] * mean[levels[c]];
                }
            }
        }

        for (var i = 0; i < weightedValues.Length; i++)
        {
            weightedValues[i] -= _baseWeights[i] * shift[rowCell[i]];
        }
    }
}
