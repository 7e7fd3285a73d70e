using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Satisfaction.Core.Statistics;

/// <summary>
/// Quantile and distribution functions at the accuracy R gives (about 1e-15 relative): MathNet.Numerics
/// supplies the starting values and the regularised incomplete beta function, and Newton steps inside a
/// bracket polish the quantiles, because the library's own inverses stop at about 1e-9.
/// </summary>
internal static class Quantiles
{
    /// <summary>Standard normal quantile, R <c>qnorm(p)</c>.</summary>
    public static double NormalQuantile(double p) => Normal.InvCDF(0, 1, p);

    /// <summary>Standard normal distribution function, R <c>pnorm(x)</c>.</summary>
    public static double NormalCdf(double x) => Normal.CDF(0, 1, x);

    /// <summary>Student t distribution function, R <c>pt(x, df)</c>; df = +infinity gives the normal.</summary>
    public static double TCdf(double x, double df)
    {
        if (double.IsPositiveInfinity(df) || df > 1e10)
        {
            return NormalCdf(x);
        }

        var half = 0.5 * SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + (x * x)));
        return x <= 0 ? half : 1.0 - half;
    }

    /// <summary>Student t quantile, R <c>qt(p, df)</c>, 0 &lt; p &lt; 1, df &gt; 0.</summary>
    public static double TQuantile(double p, double df)
    {
        if (double.IsNaN(p) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(df) || df > 1e10)
        {
            return NormalQuantile(p);
        }

        if (p > 0.5)
        {
            return -TQuantile(1 - p, df);
        }

        if (p == 0.5)
        {
            return 0;
        }

        // The library's inverse gives up far in the tail (it returns its search bound, -800, for p ~ 1e-13 at
        // df 182, and throws at p = 1e-18, df 5), so solve pt(t) = p here: Newton on log pt(t) - log p (well scaled however small p is) inside
        // a bracket. The normal quantile is a lower bound of |t| (the t tails are heavier).
        var hi = NormalQuantile(p);
        var lo = 2 * hi - 1;
        while (TCdf(lo, df) > p)
        {
            hi = lo;
            lo *= 2;
            if (double.IsInfinity(lo))
            {
                return double.NegativeInfinity;
            }
        }

        var logP = Math.Log(p);
        var t = hi;

        for (var i = 0; i < 200; i++)
        {
            var cdf = TCdf(t, df);
            if (cdf > p)
            {
                hi = t;
            }
            else if (cdf < p)
            {
                lo = t;
            }
            else
            {
                return t;
            }

            var f = Math.Log(cdf) - logP;
            var slope = StudentT.PDF(0, 1, df, t) / cdf;
            var next = slope > 0 ? t - (f / slope) : double.NaN;
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }

            if (Math.Abs(next - t) <= 1e-16 * Math.Abs(t) || hi - lo <= 2e-16 * Math.Abs(hi))
            {
                return next;
            }

            t = next;
        }

        return t;
    }

    /// <summary>Beta quantile, R <c>qbeta(p, a, b)</c>, a, b &gt; 0; returns 0 or 1 at p = 0 or 1.</summary>
    public static double BetaQuantile(double p, double a, double b)
    {
        if (double.IsNaN(p) || double.IsNaN(a) || double.IsNaN(b) || a <= 0 || b <= 0)
        {
            return double.NaN;
        }

        if (p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        var logBeta = SpecialFunctions.BetaLn(a, b);
        double lo = 0, hi = 1;
        var x = a / (a + b);
        for (var i = 0; i < 2000; i++)
        {
            var f = SpecialFunctions.BetaRegularized(a, b, x) - p;
            if (f == 0)
            {
                return x;
            }

            if (f > 0)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            var logDensity = ((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(1 - x)) - logBeta;
            var next = x - (f / Math.Exp(logDensity));
            if (!(next > lo && next < hi))
            {
                // Newton left the bracket: bisect, geometrically near 0 so tiny quantiles come fast.
                next = lo == 0 ? hi / 16 : 0.5 * (lo + hi);
                if (lo > 0 && hi < 1 && hi - lo < 1e-300)
                {
                    return x;
                }
            }

            if (Math.Abs(next - x) <= 4e-16 * x || hi - lo <= 4e-16 * hi)
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
