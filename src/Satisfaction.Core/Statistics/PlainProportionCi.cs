namespace Satisfaction.Core.Statistics;

/// <summary>
/// Confidence intervals for a plain binomial proportion x / n (simple random sample, no design),
/// matching base R (<c>prop.test</c>, <c>binom.test</c>, <c>qbeta</c>) as in the reference kit.
/// </summary>
public static class PlainProportionCi
{
    /// <summary>One interval.</summary>
    /// <param name="method">The method.</param>
    /// <param name="x">Successes, 0 &lt;= x &lt;= n.</param>
    /// <param name="n">Trials, n &gt;= 1.</param>
    /// <param name="level">Confidence level, 0 &lt; level &lt; 1.</param>
    /// <returns>The interval; Wald and Agresti-Coull are not clipped to [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1, x outside [0, n] or level outside (0, 1).</exception>
    public static CiBounds Compute(PlainCiMethod method, long x, long n, double level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(x, n);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1.0);
        var alpha = 1 - level;
        double nn = n;
        var p = x / nn;
        var z = Quantiles.NormalQuantile((1 + level) / 2);
        switch (method)
        {
            case PlainCiMethod.Wald:
            {
                var half = z * Math.Sqrt(p * (1 - p) / nn);
                return new CiBounds(p - half, p + half);
            }

            case PlainCiMethod.Wilson:
                return Wilson(x, nn, z, 0);

            case PlainCiMethod.WilsonCc:
                // prop.test: YATES = min(0.5, |x - n p0|) with p0 = 0.5, so no correction when x = n / 2.
                return Wilson(x, nn, z, Math.Min(0.5, Math.Abs(x - (nn * 0.5))));

            case PlainCiMethod.ClopperPearson:
                return new CiBounds(
                    x == 0 ? 0 : Quantiles.BetaQuantile(alpha / 2, x, nn - x + 1),
                    x == n ? 1 : Quantiles.BetaQuantile(1 - (alpha / 2), x + 1, nn - x));

            case PlainCiMethod.Jeffreys:
                return new CiBounds(
                    Quantiles.BetaQuantile(alpha / 2, x + 0.5, nn - x + 0.5),
                    Quantiles.BetaQuantile(1 - (alpha / 2), x + 0.5, nn - x + 0.5));

            case PlainCiMethod.AgrestiCoull:
            {
                var nTilde = nn + (z * z);
                var pTilde = (x + (z * z / 2)) / nTilde;
                var half = z * Math.Sqrt(pTilde * (1 - pTilde) / nTilde);
                return new CiBounds(pTilde - half, pTilde + half);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(method));
        }
    }

    /// <summary>R <c>prop.test</c>'s one-sample interval with continuity correction <paramref name="yates"/>.</summary>
    private static CiBounds Wilson(long x, double n, double z, double yates)
    {
        var estimate = x / n;
        var z22n = z * z / (2 * n);
        var pc = estimate + (yates / n);
        var upper = pc >= 1 ? 1 : (pc + z22n + (z * Math.Sqrt((pc * (1 - pc) / n) + (z22n / (2 * n))))) / (1 + (2 * z22n));
        pc = estimate - (yates / n);
        var lower = pc <= 0 ? 0 : (pc + z22n - (z * Math.Sqrt((pc * (1 - pc) / n) + (z22n / (2 * n))))) / (1 + (2 * z22n));
        return new CiBounds(lower, upper);
    }
}
