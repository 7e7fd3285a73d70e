using Satisfaction.Core.Randomness;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Benchmarks;

/// <summary>
/// Rakes respondents generated like <c>perf_r.R</c>'s <c>make_sample</c> (age 6 levels with skewed response,
/// sex 2, district 12, base weights 1-4, agree ~ Bernoulli(0.55)) to the same population margins with R's
/// default rule, then the linearised SE of the raked mean of agree. R's figures for the same workload come from
/// running <c>tools/r/bench_rake.R</c> (the program's <c>--with-r</c>), never from a stored constant.
/// </summary>
public sealed class RakeBenchmark : IBenchmarkCase
{
    private static readonly double[] AgeShares = [0.135, 0.160, 0.150, 0.170, 0.150, 0.235];
    private static readonly double[] SexShares = [0.512, 0.488];
    private static readonly double[] DistrictWeights = [12, 11, 10, 10, 9, 9, 8, 8, 7, 6, 5, 5];

    /// <inheritdoc />
    public string Name => "rake";

    /// <inheritdoc />
    public int DefaultRows => 1_000_000;

    /// <inheritdoc />
    public IEnumerable<Measurement> Run(int rows)
    {
        const double population = 1_500_000;
        var random = new SeededRandom(1000 + (rows % 9973));
        var districtShares = Normalise(DistrictWeights);
        double[] response = [0.3, 0.5, 0.8, 1, 1.25, 1.55];
        var ageProbabilities = Normalise(AgeShares.Select((s, i) => s * response[i]).ToArray());
        var districtProbabilities = Normalise(districtShares.Select(s => s * (0.7 + (0.6 * random.NextDouble()))).ToArray());
        double[] weightProbabilities = [0.3, 0.45, 0.18, 0.07];

        var age = new int[rows];
        var sex = new int[rows];
        var district = new int[rows];
        var baseWeights = new double[rows];
        var agree = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            age[i] = Draw(random, ageProbabilities);
            sex[i] = random.NextDouble() < 0.55 ? 0 : 1;
            district[i] = Draw(random, districtProbabilities);
            baseWeights[i] = 1 + Draw(random, weightProbabilities);
            agree[i] = random.NextDouble() < 0.55 ? 1 : 0;
        }

        var margins = new[]
        {
            new WeightingMargin("age", age, IntSplit(population, AgeShares)),
            new WeightingMargin("sex", sex, IntSplit(population, SexShares)),
            new WeightingMargin("district", district, IntSplit(population, districtShares)),
        };

        RakingResult? raked = null;
        yield return Measure.Time("rake", rows, () => raked = Raking.Rake(baseWeights, margins));
        yield return Measure.Time("rake_se", rows, () => _ = RakedMeanSe(raked!.Weights, agree, raked.Adjustment));
        yield return Measure.Time("rake+se", rows, () =>
        {
            var r = Raking.Rake(baseWeights, margins);
            _ = RakedMeanSe(r.Weights, agree, r.Adjustment);
        });
        yield return Measure.Time("rake_se_estimator", rows, () => _ = EstimatorSe(raked!, agree));
        // CPU seconds per rake (this process only): steadier than wall-clock on a machine shared with other work.
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        const int cpuRuns = 5;
        for (var r = 0; r < cpuRuns; r++)
        {
            _ = Raking.Rake(baseWeights, margins);
        }

        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds / cpuRuns;
        Console.Error.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"rake: cpu_seconds_per_rake={cpuSeconds:0.0000} (mean of {cpuRuns} runs, this process's CPU time)"));
        Console.Error.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"rake: converged={raked!.Converged} passes={raked.Passes} max_margin_error={raked.MaxAbsMarginError:G6} se={RakedMeanSe(raked.Weights, agree, raked.Adjustment):G6} estimator_se={EstimatorSe(raked, agree):G6}"));
    }

    /// <summary>The same SE through the survey estimator (design with the raking adjustment, svymean).</summary>
    private static double EstimatorSe(RakingResult raked, double[] y)
    {
        var design = SurveyDesign.Create(new SurveyDesignInput { Weights = raked.Weights, Adjustment = raked.Adjustment, SubsetKeepsAllRows = true });
        return SurveyEstimator.Mean(design, y).StandardError;
    }

    /// <summary>Linearised SE of a weighted mean on an unstratified with-replacement design after raking.</summary>
    private static double RakedMeanSe(double[] weights, double[] y, ILinearisationAdjustment adjustment)
    {
        var n = weights.Length;
        double sw = 0, swy = 0;
        for (var i = 0; i < n; i++)
        {
            sw += weights[i];
            swy += weights[i] * y[i];
        }

        var mean = swy / sw;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = weights[i] * (y[i] - mean) / sw;
        }

        adjustment.Residualize(x);
        var xbar = x.Average();
        var ss = 0.0;
        foreach (var v in x)
        {
            ss += (v - xbar) * (v - xbar);
        }

        return Math.Sqrt(ss * n / (n - 1));
    }

    private static double[] Normalise(double[] values)
    {
        var sum = values.Sum();
        return values.Select(v => v / sum).ToArray();
    }

    private static int Draw(SeededRandom random, double[] probabilities)
    {
        var u = random.NextDouble();
        for (var k = 0; k < probabilities.Length - 1; k++)
        {
            u -= probabilities[k];
            if (u < 0)
            {
                return k;
            }
        }

        return probabilities.Length - 1;
    }

    /// <summary>R's int_split: floor of total x share, remainder to the largest fractional parts.</summary>
    private static double[] IntSplit(double total, double[] shares)
    {
        var x = shares.Select(s => Math.Floor(total * s)).ToArray();
        var remainder = (int)(total - x.Sum());
        foreach (var i in Enumerable.Range(0, x.Length).OrderByDescending(i => (total * shares[i]) - x[i]).Take(remainder))
        {
            x[i] += 1;
        }

        return x;
    }
}
