using System.Globalization;
using System.Text.Json;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>
/// The estimator on a raked design (rdd_confidence, R's raked weights from the reference) with a
/// test-local raking adjustment (R svyrecvar's 10 back-fitting sweeps) and R's subset-keeps-all-rows
/// rule: checks the agree blocks, including Korn-Graubard's nrow = 600 and the likelihood interval.
/// </summary>
public sealed class CalibratedDesignTests
{
    [Theory]
    [InlineData("excluding_dont_know")]
    [InlineData("including_dont_know")]
    public void Estimate_RakedDesignAgree_MatchesR(string block)
    {
        // Given
        var dir = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "rdd_confidence");
        var lines = File.ReadAllLines(Path.Combine(dir, "respondents.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(c => c.Trim('"')).ToArray()).ToArray();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var raked = doc.RootElement.GetProperty("raked");
        var weights = raked.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        int[] Codes(int column)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            return lines.Select(r => map.TryGetValue(r[column], out var c) ? c : map[r[column]] = map.Count).ToArray();
        }

        // R's rake(): the adjustment uses, for each margin, the weights right after that margin's
        // post-stratification in the last pass, so replay the raking from the base weights.
        var margins = File.ReadAllLines(Path.Combine(dir, "margins.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(c => c.Trim('"')).ToArray()).ToArray();
        string[][] levels = [[.. lines.Select(r => r[1])], [.. lines.Select(r => r[2])], [.. lines.Select(r => r[3])]];
        string[] variables = ["age_band", "sex", "district"];
        var marginWeights = Rake(lines.Select(r => double.Parse(r[5], CultureInfo.InvariantCulture)).ToArray(), levels, variables, margins);
        for (var i = 0; i < weights.Length; i++)
        {
            ReferenceAssert.Close(weights[i], marginWeights[2][i], 1e-9, "raked weight");
        }

        var adjustment = new RakingAdjustment(marginWeights, [Codes(1), Codes(2), Codes(3)]);
        var design = SurveyDesign.Create(new SurveyDesignInput { Weights = weights, Adjustment = adjustment, SubsetKeepsAllRows = true });
        var codes = lines.Select(r => double.Parse(r[6], CultureInfo.InvariantCulture)).ToArray();
        var rule = block == "excluding_dont_know" ? MeasureRule.Parse("1-2", "1-5") : MeasureRule.Parse("1-2", "1-6");

        // When
        var actual = ProportionEstimator.Estimate(design, "confidence", codes, rule, CiMethodNames.AllSurvey, 0.95);

        // Then
        ProportionEstimatorTests.AssertBlock(raked.GetProperty("agree").GetProperty(block), actual, block);
    }

    /// <summary>R rake() with its default control (maxit 10, epsilon 1); returns the weights after each margin of the last pass.</summary>
    private static double[][] Rake(double[] baseWeights, string[][] levels, string[] variables, string[][] margins)
    {
        var w = (double[])baseWeights.Clone();
        var after = new double[variables.Length][];
        Dictionary<string, double> Table(double[] x)
        {
            var t = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < x.Length; i++)
            {
                var key = $"{levels[0][i]}|{levels[1][i]}|{levels[2][i]}";
                t[key] = t.GetValueOrDefault(key) + x[i];
            }

            return t;
        }

        var old = Table(w);
        for (var pass = 0; pass < 10; pass++)
        {
            for (var m = 0; m < variables.Length; m++)
            {
                var sample = new Dictionary<string, double>(StringComparer.Ordinal);
                for (var i = 0; i < w.Length; i++)
                {
                    sample[levels[m][i]] = sample.GetValueOrDefault(levels[m][i]) + w[i];
                }

                var population = margins.Where(r => r[0] == variables[m]).ToDictionary(r => r[1], r => double.Parse(r[2], CultureInfo.InvariantCulture));
                for (var i = 0; i < w.Length; i++)
                {
                    // R: prob <- prob / reweight; weight = 1 / prob.
                    var prob = 1 / w[i];
                    w[i] = 1 / (prob / (population[levels[m][i]] / sample[levels[m][i]]));
                }

                after[m] = (double[])w.Clone();
            }

            var next = Table(w);
            var delta = next.Max(kv => Math.Abs(kv.Value - old.GetValueOrDefault(kv.Key)));
            if (delta < 1)
            {
                break;
            }

            old = next;
        }

        return after;
    }

    /// <summary>R's raking residualisation: 10 sweeps of x &lt;- x - w * ave(x / w, margin).</summary>
    private sealed class RakingAdjustment(double[][] marginWeights, int[][] margins) : ILinearisationAdjustment
    {
        public void Residualize(Span<double> weightedValues)
        {
            for (var sweep = 0; sweep < 10; sweep++)
            {
                for (var m = 0; m < margins.Length; m++)
                {
                    var margin = margins[m];
                    var weights = marginWeights[m];
                    var levels = margin.Max() + 1;
                    var sums = new double[levels];
                    var counts = new int[levels];
                    for (var i = 0; i < weightedValues.Length; i++)
                    {
                        sums[margin[i]] += weightedValues[i] / weights[i];
                        counts[margin[i]]++;
                    }

                    for (var i = 0; i < weightedValues.Length; i++)
                    {
                        weightedValues[i] -= weights[i] * sums[margin[i]] / counts[margin[i]];
                    }
                }
            }
        }
    }
}
