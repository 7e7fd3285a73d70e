namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Full-sample weights and a set of replicate weights (each the whole weighting recipe re-run), with R's
/// replicate variance: v = scale x sum_r rscale_r (theta_r - theta_bar)^2, theta_bar the mean of the
/// replicate estimates (R's default, <c>mse = FALSE</c>) or the full-sample estimate (<c>mse = TRUE</c>).
/// </summary>
public sealed class ReplicateWeightSet
{
    private readonly double[] _fullSampleWeights;
    private readonly double[] _replicates;
    private readonly double[] _replicateScales;

    internal ReplicateWeightSet(ReplicateMethod method, double[] fullSampleWeights, double[] replicates, int replicateCount, double scale, double[] replicateScales)
    {
        Method = method;
        _fullSampleWeights = fullSampleWeights;
        _replicates = replicates;
        ReplicateCount = replicateCount;
        Scale = scale;
        _replicateScales = replicateScales;
    }

    /// <summary>The replicate method.</summary>
    public ReplicateMethod Method { get; }

    /// <summary>Final weights of the full sample (the recipe run on the base weights).</summary>
    public ReadOnlySpan<double> FullSampleWeights => _fullSampleWeights;

    /// <summary>Rows of the design.</summary>
    public int RowCount => _fullSampleWeights.Length;

    /// <summary>Number of replicates.</summary>
    public int ReplicateCount { get; }

    /// <summary>Overall scale of the variance (JK1: (n-1)/n; JKn: 1; bootstrap: 1/(R-1)).</summary>
    public double Scale { get; }

    /// <summary>Per-replicate scale (JKn: (n_h-1)/n_h of the deleted PSU's stratum; otherwise 1).</summary>
    public IReadOnlyList<double> ReplicateScales => _replicateScales;

    /// <summary>The final weights of replicate <paramref name="replicate"/> (0-based), one per row.</summary>
    public ReadOnlySpan<double> Replicate(int replicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(replicate, ReplicateCount);
        return _replicates.AsSpan(replicate * RowCount, RowCount);
    }

    /// <summary>Replicate variance of any statistic computed from a weight vector.</summary>
    /// <param name="statistic">Computes the statistic from one weight per row (full-sample or replicate weights).</param>
    /// <param name="mse">Centre on the full-sample estimate instead of the replicates' mean (R's <c>mse = TRUE</c>).</param>
    public double Variance(Func<ReadOnlySpan<double>, double> statistic, bool mse = false)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        var thetas = new double[ReplicateCount];
        for (var r = 0; r < ReplicateCount; r++)
        {
            thetas[r] = statistic(Replicate(r));
        }

        var centre = mse ? statistic(FullSampleWeights) : thetas.Average();
        var v = 0.0;
        for (var r = 0; r < ReplicateCount; r++)
        {
            var d = thetas[r] - centre;
            v += _replicateScales[r] * d * d;
        }

        return Scale * v;
    }

    /// <summary>The replicate weights as a rows x replicates matrix, for export to analysts.</summary>
    public double[,] ToMatrix()
    {
        var m = new double[RowCount, ReplicateCount];
        for (var r = 0; r < ReplicateCount; r++)
        {
            var rep = Replicate(r);
            for (var i = 0; i < RowCount; i++)
            {
                m[i, r] = rep[i];
            }
        }

        return m;
    }
}
