using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

/// <summary>
/// Test-only Taylor linearisation of a weighted proportion in a domain of an unstratified, unclustered
/// design (R: svymean on subset(design) of a with-replacement design): enough to check the weighting
/// adjustments against R's SEs independently of the estimator library.
/// </summary>
internal static class SimpleLinearisation
{
    public static (double Proportion, double Se) Proportion(
        IReadOnlyList<double> weights, Func<int, bool> inDomain, Func<int, bool> yes, ILinearisationAdjustment? adjustment)
    {
        var n = weights.Count;
        double sw = 0, swy = 0;
        for (var i = 0; i < n; i++)
        {
            if (inDomain(i))
            {
                sw += weights[i];
                swy += yes(i) ? weights[i] : 0;
            }
        }

        var p = swy / sw;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = inDomain(i) ? weights[i] * ((yes(i) ? 1.0 : 0.0) - p) / sw : 0;
        }

        adjustment?.Residualize(x);
        var mean = x.Average();
        var ss = x.Sum(v => (v - mean) * (v - mean));
        return (p, Math.Sqrt(ss * n / (n - 1)));
    }
}
