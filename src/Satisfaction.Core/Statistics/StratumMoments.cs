namespace Satisfaction.Core.Statistics;

/// <summary>
/// Per-stratum running means and co-moment of two series of PSU totals (Welford's update), so that values that
/// are equal within a stratum give a co-moment of exactly 0, as R's centring within strata does (a plain
/// sum-of-squares formula leaves rounding noise of about 1e-9 relative instead).
/// </summary>
internal sealed class StratumMoments
{
    /// <summary>Creates empty moments for <paramref name="strata"/> strata.</summary>
    public StratumMoments(int strata)
    {
        Count = new int[strata];
        MeanA = new double[strata];
        MeanB = new double[strata];
        CoMoment = new double[strata];
    }

    /// <summary>Values added per stratum.</summary>
    public int[] Count { get; }

    /// <summary>Mean of the first series per stratum.</summary>
    public double[] MeanA { get; }

    /// <summary>Mean of the second series per stratum.</summary>
    public double[] MeanB { get; }

    /// <summary>Sum of (a - mean a)(b - mean b) per stratum.</summary>
    public double[] CoMoment { get; }

    /// <summary>Adds one pair to stratum <paramref name="h"/>.</summary>
    public void Add(int h, double a, double b)
    {
        var n = ++Count[h];
        var deltaA = a - MeanA[h];
        MeanA[h] += deltaA / n;
        MeanB[h] += (b - MeanB[h]) / n;
        CoMoment[h] += deltaA * (b - MeanB[h]);
    }

    /// <summary>Adds one value to both series of stratum <paramref name="h"/> (a variance).</summary>
    public void Add(int h, double a)
    {
        var n = ++Count[h];
        var delta = a - MeanA[h];
        MeanA[h] += delta / n;
        MeanB[h] = MeanA[h];
        CoMoment[h] += delta * (a - MeanA[h]);
    }

    /// <summary>
    /// The co-moment of stratum <paramref name="h"/> once padded with zeros to <paramref name="total"/> values
    /// (PSUs outside a domain have total 0), with the sum of a*b over those values.
    /// </summary>
    public (double CoMoment, double SumProducts) Padded(int h, int total)
    {
        var k = Count[h];
        var c = CoMoment[h];
        var zeros = total - k;
        if (k > 0 && zeros > 0)
        {
            c += MeanA[h] * MeanB[h] * k * zeros / total;
        }

        return (c, CoMoment[h] + (k * MeanA[h] * MeanB[h]));
    }
}
