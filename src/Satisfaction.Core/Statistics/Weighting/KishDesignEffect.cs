namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Kish's design effect from unequal weighting and the effective sample size.</summary>
public static class KishDesignEffect
{
    /// <summary>Effective sample size (sum w)^2 / sum w^2; NaN when every weight is 0 or there are none.</summary>
    /// <param name="weights">Weights (&gt;= 0); rows of weight 0 add nothing.</param>
    public static double EffectiveSampleSize(ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        var sumSquares = 0.0;
        foreach (var w in weights)
        {
            sum += w;
            sumSquares += w * w;
        }

        return sumSquares > 0 ? sum * sum / sumSquares : double.NaN;
    }

    /// <summary>
    /// Kish's design effect n sum w^2 / (sum w)^2 = 1 + CV^2 of the weights, with n the rows of non-zero weight;
    /// 1 for equal weights; NaN when every weight is 0.
    /// </summary>
    /// <param name="weights">Weights (&gt;= 0).</param>
    public static double DesignEffect(ReadOnlySpan<double> weights)
    {
        var n = 0;
        foreach (var w in weights)
        {
            if (w != 0)
            {
                n++;
            }
        }

        var nEff = EffectiveSampleSize(weights);
        return n == 0 ? double.NaN : n / nEff;
    }
}
