using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Weight trimming as R <c>trimWeights()</c>: weights above <c>upper</c> (below <c>lower</c>) are set to the
/// limit and the amount removed (added) is spread equally, as the same constant, over the rows that were
/// inside the limits. Not strict: once. Strict: repeated until no weight is outside the limits.
/// </summary>
/// <remarks>
/// Rows of weight 0 (outside a replicate or a domain) are left at 0 and take no share of the excess; with
/// all weights positive this is exactly R's rule.
/// </remarks>
public static class Trimming
{
    /// <summary>Trims a copy of <paramref name="weights"/>.</summary>
    /// <param name="weights">Weights to trim (finite, &gt;= 0), in row order.</param>
    /// <param name="options">Limits and strictness.</param>
    /// <param name="adjustment">Variance adjustment of the untrimmed weights, passed through to the result; may be null.</param>
    /// <exception cref="InvalidInputException">A weight is negative or not finite, or upper &lt;= lower.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TrimmingResult Trim(ReadOnlySpan<double> weights, TrimmingOptions options, ILinearisationAdjustment? adjustment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (double.IsNaN(options.Upper) || double.IsNaN(options.Lower) || !(options.Upper > options.Lower))
        {
            throw new InvalidInputException("Trimming limits must be numbers with lower < upper.");
        }

        WeightValidation.BaseWeights(weights, allowZero: true);
        var w = weights.ToArray();
        var aboveBefore = Count(w, options, above: true);
        var belowBefore = Count(w, options, above: false);
        var rounds = 0;
        while (rounds < options.MaxRounds)
        {
            var outsideCount = 0;
            var insideCount = 0;
            var trimmings = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                if (w[i] == 0)
                {
                    continue;
                }

                if (w[i] > options.Upper || w[i] < options.Lower)
                {
                    outsideCount++;
                }
                else
                {
                    insideCount++;
                }
            }

            if (outsideCount == 0 || insideCount == 0)
            {
                break;
            }

            var outside = new bool[w.Length];
            for (var i = 0; i < w.Length; i++)
            {
                if (w[i] == 0)
                {
                    continue;
                }

                var clamped = Math.Max(options.Lower, Math.Min(w[i], options.Upper));
                if (clamped != w[i])
                {
                    outside[i] = true;
                    trimmings += w[i] - clamped;
                    w[i] = clamped;
                }
            }

            var share = trimmings / insideCount;
            for (var i = 0; i < w.Length; i++)
            {
                if (!outside[i] && w[i] != 0)
                {
                    w[i] += share;
                }
            }

            rounds++;
            if (!options.Strict)
            {
                break;
            }
        }

        return new TrimmingResult(
            w,
            aboveBefore,
            Count(w, options, above: true),
            belowBefore,
            Count(w, options, above: false),
            rounds,
            adjustment);
    }

    private static int Count(double[] w, TrimmingOptions options, bool above)
    {
        var n = 0;
        foreach (var x in w)
        {
            if (x != 0 && (above ? x > options.Upper : x < options.Lower))
            {
                n++;
            }
        }

        return n;
    }
}
