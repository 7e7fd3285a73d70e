using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Raking (iterative proportional fitting) to population margins with R <c>rake()</c>'s rule: one pass
/// post-stratifies on every margin in turn; after each pass the full cross-classified weighted table is
/// compared with the previous pass (the first pass with the base-weight table) and raking stops when no
/// cell moved by epsilon or more.
/// </summary>
/// <remarks>
/// Weights within one cell of the cross-classification move together, so the passes run on cell totals
/// (a few hundred numbers) and the rows are touched twice: once to build the cells, once to write the
/// weights. This is the same arithmetic as R's row-by-row passes up to rounding.
/// </remarks>
public static class Raking
{
    /// <summary>Rakes <paramref name="baseWeights"/> to the margins.</summary>
    /// <param name="baseWeights">Base (design or nonresponse-adjusted) weight of every row; positive unless options allow zeros.</param>
    /// <param name="margins">Margins in raking order; each gives a level code per row and population totals.</param>
    /// <param name="options">Stopping rule; null for R's defaults (maxit 10, epsilon 1).</param>
    /// <exception cref="InvalidInputException">
    /// A bad base weight, an unknown level code, margins whose totals disagree, or a population level without respondents.
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RakingResult Rake(ReadOnlySpan<double> baseWeights, IReadOnlyList<WeightingMargin> margins, RakingOptions? options = null)
    {
        options ??= new RakingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1);
        if (!(options.Epsilon > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Epsilon must be positive.");
        }

        var cells = CellIndex.Build(margins, baseWeights.Length);

        // One pass over the rows: check every base weight, sum them and their cell totals.
        var baseCell = new double[cells.CellCount];
        var rowCell = cells.RowCell;
        var sumBase = 0.0;
        var allowZero = options.AllowZeroWeights;
        for (var i = 0; i < baseWeights.Length; i++)
        {
            var w = baseWeights[i];
            if ((!(w > 0) && !(allowZero && w == 0)) || double.IsPositiveInfinity(w))
            {
                WeightValidation.BaseWeights(baseWeights.Slice(i, 1), allowZero, firstRow: i + 1);
            }

            baseCell[rowCell[i]] += w;
            sumBase += w;
        }

        WeightValidation.Margins(margins, cells, baseCell, options.TotalsTolerance);

        var epsilon = options.Epsilon < 1 ? options.Epsilon * sumBase : options.Epsilon;
        var nCells = cells.CellCount;
        var table = (double[])baseCell.Clone();
        var previous = (double[])baseCell.Clone();
        var factor = new double[nCells];
        Array.Fill(factor, 1.0);
        var marginFactors = new double[margins.Count][];
        for (var k = 0; k < margins.Count; k++)
        {
            marginFactors[k] = new double[nCells];
        }

        var converged = false;
        var passes = 0;
        while (passes < options.MaxIterations)
        {
            passes++;
            for (var k = 0; k < margins.Count; k++)
            {
                PostStratifyCells(table, factor, cells.CellLevels[k], margins[k].Totals);
                Array.Copy(factor, marginFactors[k], nCells);
            }

            var delta = 0.0;
            for (var c = 0; c < nCells; c++)
            {
                delta = Math.Max(delta, Math.Abs(previous[c] - table[c]));
            }

            if (options.FixedPasses)
            {
                converged = passes == options.MaxIterations;
                continue;
            }

            if (delta < epsilon)
            {
                converged = true;
                break;
            }

            Array.Copy(table, previous, nCells);
        }

        var weights = GC.AllocateUninitializedArray<double>(baseWeights.Length);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = baseWeights[i] * factor[rowCell[i]];
        }

        var errors = MarginError.Compute(margins, cells, table);
        var baseCopy = GC.AllocateUninitializedArray<double>(baseWeights.Length);
        baseWeights.CopyTo(baseCopy);
        var adjustment = new RakingAdjustment(cells, baseCopy, marginFactors);
        return new RakingResult(weights, converged, passes, errors, adjustment);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PostStratifyCells(double[] table, double[] factor, int[] levels, IReadOnlyList<double> totals)
    {
        var sample = new double[totals.Count];
        for (var c = 0; c < table.Length; c++)
        {
            sample[levels[c]] += table[c];
        }

        var ratio = new double[totals.Count];
        for (var l = 0; l < ratio.Length; l++)
        {
            ratio[l] = sample[l] > 0 ? totals[l] / sample[l] : 1.0;
        }

        for (var c = 0; c < table.Length; c++)
        {
            var r = ratio[levels[c]];
            table[c] *= r;
            factor[c] *= r;
        }
    }
}
