namespace Satisfaction.Core.Statistics;

/// <content>Linearisation variance (R <c>svyrecvar</c>: one stage, or two with a second-stage fpc) and design degrees of freedom.</content>
public sealed partial class SurveyDesign
{
    /// <summary>
    /// Design covariance of two estimators from their linearised values (one per row, 0 outside the
    /// estimator's domain, already adjusted for calibration). First stage, per stratum:
    /// f_h n_h / (n_h - 1) * sum over PSUs of (t_a - mean t_a)(t_b - mean t_b), with PSU totals t padded
    /// with zeros to the stratum's full PSU count n_h, and f_h = 1 - n_h / N_h (1 without fpc); centred within
    /// strata, so values equal within every stratum give exactly 0, as R. With a second stage (and its fpc),
    /// plus for every PSU (n_h / N_h) times the same formula over its second-stage units (R <c>multistage</c>).
    /// </summary>
    /// <param name="a">Linearised values of the first estimator (length <see cref="RowCount"/>).</param>
    /// <param name="b">Linearised values of the second estimator (may be the same span).</param>
    /// <returns>The covariance (the variance when a = b).</returns>
    internal double Covariance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var moments = new StratumMoments(StratumCount);
        if (_psuOfRow is null)
        {
            var stratumOf = _stratumOfRow;
            for (var i = 0; i < a.Length; i++)
            {
                moments.Add(stratumOf[i], a[i], b[i]);
            }
        }
        else
        {
            var psus = _stratumOfPsu.Length;
            var totalA = new double[psus];
            var totalB = new double[psus];
            var psuOf = _psuOfRow;
            for (var i = 0; i < a.Length; i++)
            {
                totalA[psuOf[i]] += a[i];
                totalB[psuOf[i]] += b[i];
            }

            for (var k = 0; k < psus; k++)
            {
                moments.Add(_stratumOfPsu[k], totalA[k], totalB[k]);
            }
        }

        var first = CombineStrata(moments);
        return _secondStage is null ? first : first + _secondStage.Covariance(a, b, _stratumOfPsu, _psuCount, _populationSize!, LonelyPsu);
    }

    /// <summary>
    /// The stratified covariance from per-stratum moments of PSU totals, with the fpc, the n_h / (n_h - 1)
    /// factor, zero padding to n_h PSUs and the lonely-PSU policy (R <c>onestage</c> / <c>onestrat</c>).
    /// </summary>
    internal double CombineStrata(StratumMoments moments) => Combine(moments, _psuCount, _finiteFactor, LonelyPsu);

    /// <summary>R's <c>onestage</c> over strata given their PSU counts and finite population factors.</summary>
    internal static double Combine(StratumMoments moments, IReadOnlyList<int> psuCount, IReadOnlyList<double> finiteFactor, LonelyPsuPolicy lonely)
    {
        var result = 0.0;
        var lonelyStrata = 0;
        for (var h = 0; h < psuCount.Count; h++)
        {
            result += Term(moments, h, psuCount[h], finiteFactor[h], lonely, out var averaged);
            lonelyStrata += averaged ? 1 : 0;
        }

        // R "average": the lonely strata count as the average of the others (sum * strata / strata with 2+ PSUs).
        return lonelyStrata == 0 ? result
            : lonelyStrata == psuCount.Count ? double.NaN
            : result * psuCount.Count / (psuCount.Count - lonelyStrata);
    }

    /// <summary>
    /// One stratum's term of R's <c>onestrat</c>: 0 when f &lt; 1e-7; f n / (n - 1) times the centred co-moment of
    /// the zero-padded PSU totals; for a single PSU, f times its uncentred product under "adjust", else 0
    /// (<paramref name="averaged"/> says that "average" must stand in for it).
    /// </summary>
    internal static double Term(StratumMoments moments, int h, int count, double f, LonelyPsuPolicy lonely, out bool averaged)
    {
        averaged = false;
        if (f < 1e-7)
        {
            return 0;
        }

        var (centred, products) = moments.Padded(h, count);
        if (count > 1)
        {
            return f * count / (count - 1) * centred;
        }

        averaged = lonely == LonelyPsuPolicy.Average;

        // R "adjust": the single PSU is not centred on its stratum, i.e. it is centred at the grand mean.
        // Remove / Certainty: a single PSU centred on itself contributes 0.
        return lonely == LonelyPsuPolicy.Adjust ? f * products : 0;
    }

    /// <summary>PSU index of a row (the row itself when there are no clusters).</summary>
    internal int PsuOf(int row) => _psuOfRow is null ? row : _psuOfRow[row];
}
