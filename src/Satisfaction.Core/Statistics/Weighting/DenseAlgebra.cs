using MathNet.Numerics.LinearAlgebra;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Small dense helpers (p x p systems of calibration models).</summary>
internal static class DenseAlgebra
{
    /// <summary>R's .Machine$double.eps (2^-52).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Moore-Penrose inverse as R MASS::ginv: singular values above tol x the largest are kept.</summary>
    public static Matrix<double> PseudoInverse(Matrix<double> a, double tolerance)
    {
        var svd = a.Svd(true);
        var s = svd.S;
        var u = svd.U;
        var vt = svd.VT;
        var max = s.Count == 0 ? 0 : s[0];
        var result = Matrix<double>.Build.Dense(a.ColumnCount, a.RowCount);
        for (var k = 0; k < s.Count; k++)
        {
            if (s[k] > Math.Max(tolerance * max, 0))
            {
                var inv = 1.0 / s[k];
                for (var i = 0; i < a.ColumnCount; i++)
                {
                    var vik = vt[k, i] * inv;
                    for (var j = 0; j < a.RowCount; j++)
                    {
                        result[i, j] += vik * u[j, k];
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Weighted cross-product sum_c weight_c m_c m_c' of the cell model matrix.</summary>
    public static Matrix<double> CrossProduct(double[,] cellMatrix, ReadOnlySpan<double> cellWeights)
    {
        var p = cellMatrix.GetLength(1);
        var t = Matrix<double>.Build.Dense(p, p);
        for (var c = 0; c < cellWeights.Length; c++)
        {
            var w = cellWeights[c];
            if (w == 0)
            {
                continue;
            }

            for (var i = 0; i < p; i++)
            {
                var mi = cellMatrix[c, i];
                if (mi == 0)
                {
                    continue;
                }

                for (var j = 0; j < p; j++)
                {
                    t[i, j] += w * mi * cellMatrix[c, j];
                }
            }
        }

        return t;
    }
}
