using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics;

/// <summary>
/// Per-stratum sums of two series of PSU totals, each shifted by the stratum's first value, so that values that
/// are equal within a stratum give a centred co-moment of exactly 0, as R's centring within strata does (plain
/// sums of squares leave rounding noise of about 1e-9 relative); the shift also keeps the sums small.
/// </summary>
internal sealed class StratumMoments
{
    private readonly int[] _count;
    private readonly double[] _shiftA;
    private readonly double[] _shiftB;
    private readonly double[] _sumA;
    private readonly double[] _sumB;
    private readonly double[] _sumAb;

    /// <summary>Creates empty sums for <paramref name="strata"/> strata.</summary>
    public StratumMoments(int strata)
    {
        _count = new int[strata];
        _shiftA = new double[strata];
        _shiftB = new double[strata];
        _sumA = new double[strata];
        _sumB = new double[strata];
        _sumAb = new double[strata];
    }

    /// <summary>
    /// Moments of one series (a variance) from sums a caller accumulated itself, in the fast estimators' loops:
    /// per stratum the count of values, the shift (the stratum's first value) and the sums of the shifted values
    /// and of their squares, taken from position <paramref name="offset"/> of each array.
    /// </summary>
    public static StratumMoments FromShiftedSums(int[] count, double[] shift, double[] sum, double[] sumSquares, int offset, int strata)
    {
        var m = new StratumMoments(strata);
        Array.Copy(count, offset, m._count, 0, strata);
        Array.Copy(shift, offset, m._shiftA, 0, strata);
        Array.Copy(shift, offset, m._shiftB, 0, strata);
        Array.Copy(sum, offset, m._sumA, 0, strata);
        Array.Copy(sum, offset, m._sumB, 0, strata);
        Array.Copy(sumSquares, offset, m._sumAb, 0, strata);
        return m;
    }

    /// <summary>Adds one pair to stratum <paramref name="h"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int h, double a, double b)
    {
        if (_count[h]++ == 0)
        {
            _shiftA[h] = a;
            _shiftB[h] = b;
            return;
        }

        var da = a - _shiftA[h];
        var db = b - _shiftB[h];
        _sumA[h] += da;
        _sumB[h] += db;
        _sumAb[h] += da * db;
    }

    /// <summary>Adds one value to both series of stratum <paramref name="h"/> (a variance).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int h, double a)
    {
        if (_count[h]++ == 0)
        {
            _shiftA[h] = a;
            _shiftB[h] = a;
            return;
        }

        var d = a - _shiftA[h];
        _sumA[h] += d;
        _sumB[h] += d;
        _sumAb[h] += d * d;
    }

    /// <summary>
    /// The centred co-moment of stratum <paramref name="h"/> once padded with zeros to <paramref name="total"/>
    /// values (PSUs outside a domain have total 0), and the plain sum of a*b over those values.
    /// </summary>
    public (double CoMoment, double SumProducts) Padded(int h, int total)
    {
        var k = _count[h];
        if (k == 0 || total == 0)
        {
            return (0, 0);
        }

        var (shiftA, shiftB) = (_shiftA[h], _shiftB[h]);
        var (sa, sb, sab) = (_sumA[h], _sumB[h], _sumAb[h]);
        var products = sab + (shiftB * sa) + (shiftA * sb) + (k * shiftA * shiftB);
        var zeros = total - k;
        if (zeros > 0)
        {
            // A zero is (0 - shift) after the shift.
            sa -= zeros * shiftA;
            sb -= zeros * shiftB;
            sab += zeros * shiftA * shiftB;
        }

        return (sab - (sa * sb / total), products);
    }
}
