namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// The model matrix of R <c>model.matrix(~a + b + c)</c> for categorical margins, one row per cell of the
/// cross-classification: intercept, then treatment contrasts (level 0 of each margin is the reference),
/// with the matching population vector (N, then the total of every non-reference level); numeric totals add
/// one column each (the variable's values), which needs one cell per row (<see cref="CellIndex.PerRow"/>).
/// </summary>
internal sealed class CalibrationModel
{
    private CalibrationModel(double[,] cellMatrix, double[] population)
    {
        CellMatrix = cellMatrix;
        Population = population;
    }

    /// <summary>Cells x columns.</summary>
    public double[,] CellMatrix { get; }

    /// <summary>Population total of every column.</summary>
    public double[] Population { get; }

    public int Columns => Population.Length;

    /// <summary>The model of category margins, plus one column per numeric total (its values; cells must then be rows).</summary>
    public static CalibrationModel Build(IReadOnlyList<WeightingMargin> margins, CellIndex cells, double populationTotal, IReadOnlyList<CalibrationTotal>? totals = null)
    {
        totals ??= [];
        var categorical = 1 + margins.Sum(m => m.LevelCount - 1);
        var columns = categorical + totals.Count;
        var matrix = new double[cells.CellCount, columns];
        var population = new double[columns];
        population[0] = populationTotal;
        for (var c = 0; c < cells.CellCount; c++)
        {
            matrix[c, 0] = 1;
        }

        var offset = 1;
        for (var k = 0; k < margins.Count; k++)
        {
            var m = margins[k];
            for (var l = 1; l < m.LevelCount; l++)
            {
                population[offset + l - 1] = m.Totals[l];
            }

            var levels = cells.CellLevels[k];
            for (var c = 0; c < levels.Length; c++)
            {
                if (levels[c] > 0)
                {
                    matrix[c, offset + levels[c] - 1] = 1;
                }
            }

            offset += m.LevelCount - 1;
        }

        for (var t = 0; t < totals.Count; t++)
        {
            var values = totals[t].Values;
            population[categorical + t] = totals[t].Total;
            for (var c = 0; c < cells.CellCount; c++)
            {
                matrix[c, categorical + t] = values[c];
            }
        }

        return new CalibrationModel(matrix, population);
    }
}
