using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Variance adjustment after calibration, as R's <c>svyrecvar</c> for a <c>greg_calibration</c>: with
/// A = model matrix x sqrt(base weight) and w = g x sqrt(base weight), x &lt;- qr.resid(A, x / w) * w, whatever
/// the distance function. That is x_i - weight_i * m_i'b with b solving (A'A) b = sum_i m_i x_i / g_i, so it
/// runs on cell sums and reads the rows twice.
/// </summary>
internal sealed class GregAdjustment : ILinearisationAdjustment
{
    private readonly CellIndex _cells;
    private readonly double[] _baseWeights;
    private readonly double[] _cellG;
    private readonly double[,] _cellMatrix;
    private readonly Matrix<double> _inverse;

    public GregAdjustment(CellIndex cells, double[] baseWeights, double[] cellG, double[,] cellMatrix, double[] cellBase)
    {
        _cells = cells;
        _baseWeights = baseWeights;
        _cellG = cellG;
        _cellMatrix = cellMatrix;
        var ata = DenseAlgebra.CrossProduct(cellMatrix, cellBase);
        _inverse = DenseAlgebra.PseudoInverse(ata, 1e-13);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Residualize(Span<double> weightedValues)
    {
        if (weightedValues.Length != _baseWeights.Length)
        {
            throw new ArgumentException("One value per design row is required.", nameof(weightedValues));
        }

        var rowCell = _cells.RowCell;
        var cellSums = new double[_cells.CellCount];
        for (var i = 0; i < weightedValues.Length; i++)
        {
            cellSums[rowCell[i]] += weightedValues[i];
        }

        var p = _cellMatrix.GetLength(1);
        var aty = Vector<double>.Build.Dense(p);
        for (var c = 0; c < cellSums.Length; c++)
        {
            if (cellSums[c] == 0 || _cellG[c] == 0)
            {
                continue;
            }

            var v = cellSums[c] / _cellG[c];
            for (var j = 0; j < p; j++)
            {
                aty[j] += _cellMatrix[c, j] * v;
            }
        }

        var b = _inverse * aty;
        var fitted = new double[cellSums.Length];
        for (var c = 0; c < fitted.Length; c++)
        {
            var h = 0.0;
            for (var j = 0; j < p; j++)
            {
                h += _cellMatrix[c, j] * b[j];
            }

            fitted[c] = h * _cellG[c];
        }

        for (var i = 0; i < weightedValues.Length; i++)
        {
            weightedValues[i] -= _baseWeights[i] * fitted[rowCell[i]];
        }
    }
}
