namespace Satisfaction.Core.Statistics;

/// <summary>
/// The second sampling stage of a design: units (e.g. households within telephone numbers, schools within
/// districts) sampled within every PSU, with their own finite population correction (R <c>svydesign(id =
/// ~psu1 + psu2, fpc = ~fpc1 + fpc2)</c>).
/// </summary>
internal sealed class SecondStage(int[] unitOfRow, int[] psuOfUnit, int[] unitCount, double[] finiteFactor, double[] populationSize)
{
    /// <summary>Multiplies every row's weight by N2 / n2 of its PSU (R's weights from a two-stage fpc).</summary>
    public void ScaleWeights(double[] weights, int[] psuOfRow)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            var k = psuOfRow[i];
            weights[i] *= populationSize[k] / unitCount[k];
        }
    }

    /// <summary>Second-stage units in the sample.</summary>
    public int UnitCount => psuOfUnit.Length;

    /// <summary>
    /// The second-stage term of R's <c>multistage</c>: for every PSU, (n_h / N_h) times the one-stage covariance of
    /// its units' totals (centred within the PSU, f2 = 1 - n2 / N2, n2 / (n2 - 1)).
    /// </summary>
    public double Covariance(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int[] stratumOfPsu, int[] psuCount, double[] populationSize, LonelyPsuPolicy lonely)
    {
        var totalA = new double[UnitCount];
        var totalB = new double[UnitCount];
        for (var i = 0; i < a.Length; i++)
        {
            totalA[unitOfRow[i]] += a[i];
            totalB[unitOfRow[i]] += b[i];
        }

        var psus = unitCount.Length;
        var moments = new StratumMoments(psus);
        for (var u = 0; u < UnitCount; u++)
        {
            moments.Add(psuOfUnit[u], totalA[u], totalB[u]);
        }

        var result = 0.0;
        for (var k = 0; k < psus; k++)
        {
            var h = stratumOfPsu[k];
            // Within a PSU the units form one stratum, so "average" has no other stratum to stand in (R: NA).
            var within = SurveyDesign.Term(moments, k, unitCount[k], finiteFactor[k], lonely, out var averaged);
            result += (averaged ? double.NaN : within) * psuCount[h] / populationSize[h];
        }

        return result;
    }
}
