namespace Satisfaction.Core.Statistics;

/// <content>Linearisation variance (R <c>svyrecvar</c>, one stage) and design degrees of freedom.</content>
public sealed partial class SurveyDesign
{
    /// <summary>
    /// Design covariance of two estimators from their linearised values (one per row, 0 outside the
    /// estimator's domain, already adjusted for calibration): per stratum
    /// f_h n_h / (n_h - 1) * sum over PSUs of (t_a - mean t_a)(t_b - mean t_b), with PSU totals t padded
    /// with zeros to the stratum's full PSU count n_h, and f_h = 1 - n_h / N_h (1 without fpc).
    /// </summary>
    /// <param name="a">Linearised values of the first estimator (length <see cref="RowCount"/>).</param>
    /// <param name="b">Linearised values of the second estimator (may be the same span).</param>
    /// <returns>The covariance (the variance when a = b).</returns>
    internal double Covariance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var strata = StratumCount;
        var sumA = new double[strata];
        var sumB = new double[strata];
        var sumAb = new double[strata];
        if (_psuOfRow is null)
        {
            var stratumOf = _stratumOfRow;
            for (var i = 0; i < a.Length; i++)
            {
                var h = stratumOf[i];
                var x = a[i];
                var y = b[i];
                sumA[h] += x;
                sumB[h] += y;
                sumAb[h] += x * y;
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
                var h = _stratumOfPsu[k];
                sumA[h] += totalA[k];
                sumB[h] += totalB[k];
                sumAb[h] += totalA[k] * totalB[k];
            }
        }

        return CombineStrata(sumA, sumB, sumAb);
    }

    /// <summary>
    /// The stratified covariance from per-stratum sums of PSU totals (sum a, sum b, sum a*b), with the
    /// fpc, the n_h / (n_h - 1) factor, zero padding to n_h PSUs and the lonely-PSU policy.
    /// </summary>
    internal double CombineStrata(double[] sumA, double[] sumB, double[] sumAb)
    {
        var result = 0.0;
        for (var h = 0; h < sumA.Length; h++)
        {
            var f = _finiteFactor[h];
            if (f < 1e-7)
            {
                continue;
            }

            var count = _psuCount[h];
            if (count > 1)
            {
                result += f * count / (count - 1) * (sumAb[h] - (sumA[h] * sumB[h] / count));
            }
            else if (LonelyPsu == LonelyPsuPolicy.Adjust)
            {
                // R "adjust": the single PSU is not centred on its stratum, i.e. it is centred at the grand mean.
                result += f * sumAb[h];
            }

            // Remove / Certainty: a single PSU centred on itself contributes 0.
        }

        return result;
    }

    /// <summary>PSU index of a row (the row itself when there are no clusters).</summary>
    internal int PsuOf(int row) => _psuOfRow is null ? row : _psuOfRow[row];
}
