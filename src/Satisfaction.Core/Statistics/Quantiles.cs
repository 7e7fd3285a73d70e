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

        var t = StudentT.InvCDF(0, 1, df, p);
        if (double.IsNaN(t) || double.IsInfinity(t))
        {
            t = NormalQuantile(p);
        }

        for (var i = 0; i < 60; i++)
        {
            var f = TCdf(t, df) - p;
            var density = StudentT.PDF(0, 1, df, t);
            if (density <= 0)
            {
                break;
            }

            var step = f / density;
            t -= step;
            if (Math.Abs(step) <= 1e-16 * Math.Abs(t))
            {
                break;
            }
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
