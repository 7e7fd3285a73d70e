using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class ReplicateWeightsTests
{
    private static double WeightedMean(ReadOnlySpan<double> w, double[] y)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < w.Length; i++)
        {
            sw += w[i];
            swy += w[i] * y[i];
        }

        return swy / sw;
    }

    [Fact]
    public void Jackknife1_EachReplicateDropsOnePsuAndRescalesTheRest()
    {
        double[] w = [2, 2, 3, 3, 5];
        int[] psu = [10, 10, 20, 30, 40];

        var set = ReplicateWeights.Create(w, psu, [], new ReplicateOptions { Method = ReplicateMethod.Jackknife1 });

        Assert.Equal(4, set.ReplicateCount);
        Assert.Equal(0.75, set.Scale, 15);
        Assert.Equal([0, 0, 4, 4, 20.0 / 3], set.Replicate(0).ToArray().Select(x => Math.Round(x, 12)).ToArray(), new RoundedComparer());
        var r3 = set.Replicate(3).ToArray();
        Assert.Equal(0, r3[4]);
        Assert.Equal(2 * 4 / 3.0, r3[0], 12);
    }

    [Fact]
    public void Jackknife1_MeanOnSimpleRandomSample_EqualsTextbookVariance()
    {
        double[] y = [3, 7, 1, 9, 4, 6, 2, 8, 5, 5];
        var n = y.Length;
        var w = Enumerable.Repeat(10.0, n).ToArray();
        var psu = Enumerable.Range(0, n).ToArray();

        var set = ReplicateWeights.Create(w, psu, [], new ReplicateOptions { Method = ReplicateMethod.Jackknife1 });
        var v = set.Variance(weights => WeightedMean(weights, y));

        var mean = y.Average();
        var s2 = y.Sum(v2 => (v2 - mean) * (v2 - mean)) / (n - 1);
        Assert.Equal(s2 / n, v, 12);
    }

    [Fact]
    public void JackknifeStratified_ReplicateScalesAreNhMinusOneOverNh()
    {
        double[] w = [1, 1, 1, 2, 2];
        int[] psu = [1, 2, 3, 1, 2];
        int[] strata = [0, 0, 0, 1, 1];

        var set = ReplicateWeights.Create(w, psu, strata, new ReplicateOptions { Method = ReplicateMethod.JackknifeStratified });

        Assert.Equal(5, set.ReplicateCount);
        Assert.Equal([2 / 3.0, 2 / 3.0, 2 / 3.0, 0.5, 0.5], set.ReplicateScales.ToArray(), new RoundedComparer());
        var first = set.Replicate(0).ToArray();
        Assert.Equal([0, 1.5, 1.5, 2, 2], first, new RoundedComparer());
    }

    [Fact]
    public void JackknifeStratified_MeanOnStratifiedSample_EqualsStratifiedVarianceFormula()
    {
        // With-replacement stratified variance of a total: sum_h n_h/(n_h-1) sum_i (x_hi - xbar_h)^2, x = w y.
        double[] y = [1, 4, 2, 8, 3, 5, 7];
        double[] w = [2, 2, 2, 5, 5, 5, 5];
        int[] strata = [0, 0, 0, 1, 1, 1, 1];
        var psu = Enumerable.Range(0, y.Length).ToArray();

        var set = ReplicateWeights.Create(w, psu, strata, new ReplicateOptions());
        var v = set.Variance(weights =>
        {
            var t = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                t += weights[i] * y[i];
            }

            return t;
        }, mse: true);

        var expected = 0.0;
        foreach (var h in new[] { 0, 1 })
        {
            var x = Enumerable.Range(0, y.Length).Where(i => strata[i] == h).Select(i => w[i] * y[i]).ToArray();
            var nh = x.Length;
            var mean = x.Average();
            expected += nh / (nh - 1.0) * x.Sum(v2 => (v2 - mean) * (v2 - mean));
        }

        Assert.Equal(expected, v, 9);
    }

    [Fact]
    public void Bootstrap_SameSeed_SameReplicates_OtherSeed_Different()
    {
        var w = Enumerable.Repeat(3.0, 40).ToArray();
        var psu = Enumerable.Range(0, 40).ToArray();
        var strata = Enumerable.Range(0, 40).Select(i => i % 2).ToArray();
        var options = new ReplicateOptions { Method = ReplicateMethod.Bootstrap, BootstrapReplicates = 20, Seed = 42 };

        var a = ReplicateWeights.Create(w, psu, strata, options).ToMatrix();
        var b = ReplicateWeights.Create(w, psu, strata, options).ToMatrix();
        var c = ReplicateWeights.Create(w, psu, strata, options with { Seed = 43 }).ToMatrix();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(40, a.GetLength(0));
        Assert.Equal(20, a.GetLength(1));
    }

    [Fact]
    public void Bootstrap_ReplicatesKeepEachStratumTotalOnAverageAndUseScaleOneOverRMinusOne()
    {
        var w = Enumerable.Repeat(1.0, 10).ToArray();
        var psu = Enumerable.Range(0, 10).ToArray();
        var set = ReplicateWeights.Create(w, psu, [], new ReplicateOptions { Method = ReplicateMethod.Bootstrap, BootstrapReplicates = 30, Seed = 7 });

        Assert.Equal(1.0 / 29, set.Scale, 15);
        for (var r = 0; r < set.ReplicateCount; r++)
        {
            // n-1 draws, each worth n/(n-1) PSUs of weight 1: every replicate totals n.
            Assert.Equal(10, set.Replicate(r).ToArray().Sum(), 9);
        }
    }

    [Fact]
    public void Create_WithRakingRecipe_EveryReplicateIsRakedToTheMargins()
    {
        var rdd = RefDataset.Rdd;
        var psu = Enumerable.Range(0, 600).ToArray();
        var recipe = new WeightingRecipe { RakeTo = rdd.Margins, Raking = new RakingOptions { Epsilon = 1e-10, MaxIterations = 200 } };

        // Each replicate to its own convergence (the named option; R's default rakes them together, see ReplicateReferenceTests).
        var set = ReplicateWeights.Create(rdd.BaseWeights, psu, [], new ReplicateOptions { Method = ReplicateMethod.Bootstrap, BootstrapReplicates = 5, Seed = 1, RakeEachReplicateToConvergence = true }, recipe);

        var total = rdd.Margins[0].PopulationTotal;
        Assert.Equal(total, set.FullSampleWeights.ToArray().Sum(), 4);
        for (var r = 0; r < set.ReplicateCount; r++)
        {
            var rep = set.Replicate(r).ToArray();
            Assert.Equal(total, rep.Sum(), 4);
            var female = Enumerable.Range(0, 600).Where(i => rdd.Margins[1].Codes[i] == 0).Sum(i => rep[i]);
            Assert.Equal(rdd.Margins[1].Totals[0], female, 3);
        }

        var codes = rdd.ConfidenceCode;
        var agree = codes.Select(c => c <= 2 ? 1.0 : 0.0).ToArray();
        var v = set.Variance(weights => WeightedMean(weights, agree));
        Assert.True(v > 0 && v < 0.01);
    }

    [Fact]
    public void Create_WithNonresponseCalibrationAndTrimming_RunsTheWholeRecipe()
    {
        var cal = RefDataset.Calibration;
        var responded = Enumerable.Range(0, 600).Select(i => i % 10 != 0).ToArray();
        var classes = cal.Margins[1].Codes.ToArray();
        var recipe = new WeightingRecipe
        {
            Nonresponse = new NonresponseStep(classes, responded),
            CalibrateTo = cal.Margins,
            Calibration = new CalibrationOptions { Function = CalibrationFunction.Raking },
            Trimming = new TrimmingOptions { Upper = 30000 },
        };

        var set = ReplicateWeights.Create(cal.BaseWeights, Enumerable.Range(0, 600).ToArray(), [], new ReplicateOptions { Method = ReplicateMethod.Jackknife1 }, recipe);

        Assert.Equal(600, set.ReplicateCount);
        Assert.All(Enumerable.Range(0, 600).Where(i => !responded[i]), i => Assert.Equal(0, set.FullSampleWeights[i]));
        var rep = set.Replicate(1).ToArray();
        Assert.Equal(0, rep[1]);
        Assert.Equal(cal.Margins[0].PopulationTotal, rep.Sum(), 3);
        Assert.True(rep.Max() <= 30000 + 1e-6);
    }

    [Fact]
    public void Create_StratumWithOnePsu_IsBadInput()
    {
        Assert.Throws<InvalidInputException>(() =>
            ReplicateWeights.Create([1.0, 1, 1], [1, 2, 3], [0, 0, 1], new ReplicateOptions()));
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
