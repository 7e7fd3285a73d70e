using System.Globalization;
using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// The cross-classification of design rows by several margins: a compact cell id per row (only cells that
/// hold rows exist), the level of each cell on every margin and the number of rows per cell. Weights that
/// are changed by margin-level factors move together within a cell, so raking, calibration and their
/// variance adjustments can run on cell totals instead of rows.
/// </summary>
internal sealed class CellIndex
{
    private CellIndex(int[] rowCell, int[][] cellLevels, int[] cellRowCounts)
    {
        RowCell = rowCell;
        CellLevels = cellLevels;
        CellRowCounts = cellRowCounts;
    }

    /// <summary>Compact cell id of every row.</summary>
    public int[] RowCell { get; }

    /// <summary>Per margin, the level of every cell.</summary>
    public int[][] CellLevels { get; }

    /// <summary>Rows in every cell (all rows, including rows of zero weight).</summary>
    public int[] CellRowCounts { get; }

    public int CellCount => CellRowCounts.Length;

    public int RowCount => RowCell.Length;

    /// <summary>Builds the index; codes outside a margin's levels are bad input ("unknown level").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CellIndex Build(IReadOnlyList<WeightingMargin> margins, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(margins);
        if (margins.Count == 0)
        {
            throw new ArgumentException("At least one margin is required.", nameof(margins));
        }

        long product = 1;
        var fits = true;
        foreach (var m in margins)
        {
            if (m.Codes.Count != rowCount)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Margin '{m.Name}' has {m.Codes.Count} codes for {rowCount} rows."),
                    nameof(margins));
            }

            if (m.LevelCount == 0)
            {
                throw new InvalidInputException($"Margin '{m.Name}' has no levels.");
            }

            product *= m.LevelCount;
            if (product > 1L << 24)
            {
                fits = false;
                product = 1L << 24;
            }
        }

        // Mixed-radix key of every row: in the row-cell array itself when the full table is small (the usual
        // case), else in a long array; then keys are renumbered to compact cell ids in order of appearance.
        var rowCell = new int[rowCount];
        var key = fits ? null : new long[rowCount];
        var radix = 1L;
        foreach (var m in margins)
        {
            var codes = SpanHelpers.View(m.Codes);
            var levels = m.LevelCount;
            for (var i = 0; i < codes.Length; i++)
            {
                var c = codes[i];
                if ((uint)c >= (uint)levels)
                {
                    throw new InvalidInputException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Row {i + 1}: margin '{m.Name}' has level code {c}, which is not one of its {levels} population levels."));
                }

                if (key is null)
                {
                    rowCell[i] += c * (int)radix;
                }
                else
                {
                    key[i] += c * radix;
                }
            }

            radix = checked(radix * levels);
        }

        var cellKeys = new List<long>();
        if (key is null)
        {
            var map = new int[(int)product];
            Array.Fill(map, -1);
            for (var i = 0; i < rowCount; i++)
            {
                ref var id = ref map[rowCell[i]];
                if (id < 0)
                {
                    id = cellKeys.Count;
                    cellKeys.Add(rowCell[i]);
                }

                rowCell[i] = id;
            }
        }
        else
        {
            var map = new Dictionary<long, int>();
            for (var i = 0; i < rowCount; i++)
            {
                if (!map.TryGetValue(key[i], out var id))
                {
                    id = cellKeys.Count;
                    map.Add(key[i], id);
                    cellKeys.Add(key[i]);
                }

                rowCell[i] = id;
            }
        }

        var cellCounts = new int[cellKeys.Count];
        foreach (var c in rowCell)
        {
            cellCounts[c]++;
        }

        var cellLevels = new int[margins.Count][];
        radix = 1;
        for (var k = 0; k < margins.Count; k++)
        {
            var levels = margins[k].LevelCount;
            var lv = new int[cellKeys.Count];
            for (var c = 0; c < lv.Length; c++)
            {
                lv[c] = (int)(cellKeys[c] / radix % levels);
            }

            cellLevels[k] = lv;
            radix *= levels;
        }

        return new CellIndex(rowCell, cellLevels, cellCounts);
    }

    /// <summary>
    /// One cell per row (no rows merged): for calibration models with a numeric variable, whose model matrix is
    /// not constant within the cells of the category margins. <see cref="CellLevels"/> are the margins' codes.
    /// </summary>
    public static CellIndex PerRow(IReadOnlyList<WeightingMargin> margins, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(margins);
        var cellLevels = new int[margins.Count][];
        for (var k = 0; k < margins.Count; k++)
        {
            var m = margins[k];
            if (m.Codes.Count != rowCount)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Margin '{m.Name}' has {m.Codes.Count} codes for {rowCount} rows."),
                    nameof(margins));
            }

            var codes = new int[rowCount];
            for (var i = 0; i < rowCount; i++)
            {
                var c = m.Codes[i];
                if ((uint)c >= (uint)m.LevelCount)
                {
                    throw new InvalidInputException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Row {i + 1}: margin '{m.Name}' has level code {c}, which is not one of its {m.LevelCount} population levels."));
                }

                codes[i] = c;
            }

            cellLevels[k] = codes;
        }

        var rowCell = new int[rowCount];
        var counts = new int[rowCount];
        for (var i = 0; i < rowCount; i++)
        {
            rowCell[i] = i;
            counts[i] = 1;
        }

        return new CellIndex(rowCell, cellLevels, counts);
    }

    /// <summary>Sums a row vector into cells.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] SumByCell(ReadOnlySpan<double> rowValues)
    {
        var sums = new double[CellCount];
        var rc = RowCell;
        for (var i = 0; i < rowValues.Length; i++)
        {
            sums[rc[i]] += rowValues[i];
        }

        return sums;
    }
}
