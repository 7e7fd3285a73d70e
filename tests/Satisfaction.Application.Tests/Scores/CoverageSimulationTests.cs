using System.Globalization;
using Satisfaction.Application.Scores;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Statistics;
using Xunit.Abstractions;

namespace Satisfaction.Application.Tests.Scores;

/// <summary>
/// Coverage of the 95% intervals of whole experience under the design the service uses: 52 weekly draws a year,
/// strata user group x division (12), stratified simple random samples without replacement with the group's
/// sampling fraction, Bernoulli nonresponse that differs by stratum, the service's nonresponse adjustment
/// (<see cref="VictimWeighting"/>: draw x stratum classes, empty classes merged), variance strata draw x stratum
/// with the fpc from the eligible counts, lonely PSUs adjusted, logit intervals on the design df. The truth is
/// each simulated year's finite-population proportion, for the force and each division.
/// </summary>
public sealed class CoverageSimulationTests(ITestOutputHelper output)
{
    private const int Years = 1000;
    private static readonly string[] Groups = ["burglary", "vehicle", "violent", "hate"];
    private static readonly string[] Divisions = ["EAST", "SOUTH", "WEST"];
    private static readonly double[] SamplingFraction = [0.5, 0.25, 0.4, 0.9];
    private static readonly double[] GroupSatisfaction = [0.8, 0.7, 0.6, 0.65];
    private static readonly double[] DivisionShift = [0.05, -0.05, 0.0];
    private static readonly double[] GroupResponse = [0.5, 0.35, 0.3, 0.45];

    [Fact]
    public void Intervals_of_the_force_and_each_division_cover_the_truth_93_to_97_percent_of_the_time()
    {
        var random = new SeededRandom(20261202);
        var covered = new int[1 + Divisions.Length];
        for (var year = 0; year < Years; year++)
        {
            var (truth, hits) = SimulateYear(random);
            for (var d = 0; d < covered.Length; d++)
            {
                covered[d] += hits[d] ? 1 : 0;
            }

            Assert.All(truth, t => Assert.InRange(t, 0.3, 0.95));
        }

        var names = new[] { "force" }.Concat(Divisions).ToArray();
        for (var d = 0; d < covered.Length; d++)
        {
            var rate = (double)covered[d] / Years;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[d]}: {covered[d]} of {Years} intervals cover the truth ({rate:P1})"));
            Assert.True(rate is >= 0.93 and <= 0.97, string.Create(CultureInfo.InvariantCulture, $"{names[d]}: coverage {rate:P1} over {Years} years"));
        }
    }

    private static (double[] Truth, bool[] Covered) SimulateYear(SeededRandom random)
    {
        var totals = new List<WeightingClassTotal>();
        var respondents = new List<(long Draw, string Stratum, double DesignWeight, int Division, double Y)>();
        var popYes = new double[Divisions.Length];
        var popAll = new double[Divisions.Length];
        for (var week = 0; week < 52; week++)
        {
            var drawDate = new DateOnly(2026, 1, 5).AddDays(7 * week);
            for (var g = 0; g < Groups.Length; g++)
            {
                for (var d = 0; d < Divisions.Length; d++)
                {
                    var eligible = 4 + random.NextInt32(20);
                    var sampled = Math.Max(1, (int)Math.Round(eligible * SamplingFraction[g]));
                    var p = GroupSatisfaction[g] + DivisionShift[d];
                    var stratum = Groups[g] + "/" + Divisions[d];
                    var values = new double[eligible];
                    for (var i = 0; i < eligible; i++)
                    {
                        values[i] = random.NextDouble() < p ? 1 : 0;
                        popYes[d] += values[i];
                        popAll[d]++;
                    }

                    random.Shuffle(values.AsSpan());
                    var designWeight = (double)eligible / sampled;
                    totals.Add(new WeightingClassTotal(week + 1, drawDate, stratum, sampled * designWeight, eligible));
                    for (var i = 0; i < sampled; i++)
                    {
                        if (random.NextDouble() < GroupResponse[g] + (0.1 * (d - 1)))
                        {
                            respondents.Add((week + 1, stratum, designWeight, d, values[i]));
                        }
                    }
                }
            }
        }

        var weighting = VictimWeighting.Build(totals, respondents.Select(r => (r.Draw, r.Stratum, r.DesignWeight)));
        var n = respondents.Count;
        var strataIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var strata = new int[n];
        var weights = new double[n];
        var fpc = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var r = respondents[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"{r.Draw}|{r.Stratum}");
            if (!strataIndex.TryGetValue(key, out var code))
            {
                code = strataIndex.Count;
                strataIndex.Add(key, code);
            }

            strata[i] = code;
            weights[i] = weighting.Weight(r.Draw, r.Stratum, r.DesignWeight);
            fpc[i] = weighting.Fpc(r.Draw, r.Stratum);
            y[i] = r.Y;
        }

        var design = SurveyDesign.Create(new SurveyDesignInput { Strata = strata, Fpc = fpc, Weights = weights, LonelyPsu = LonelyPsuPolicy.Adjust });
        SurveyCiMethod[] logit = [SurveyCiMethod.Logit];
        var truth = new double[1 + Divisions.Length];
        var hits = new bool[1 + Divisions.Length];
        truth[0] = popYes.Sum() / popAll.Sum();
        hits[0] = Covers(ProportionEstimator.Estimate(design, "whole_experience", y, logit, 0.95), truth[0]);
        for (var d = 0; d < Divisions.Length; d++)
        {
            var member = respondents.Select(r => r.Division == d).ToArray();
            truth[d + 1] = popYes[d] / popAll[d];
            hits[d + 1] = Covers(ProportionEstimator.Estimate(design, "whole_experience", y, logit, 0.95, member, "division", Divisions[d]), truth[d + 1]);
        }

        return (truth, hits);
    }

    private static bool Covers(ProportionEstimate e, double truth)
    {
        var ci = e.Ci[0].Value;
        return ci.Lower <= truth && truth <= ci.Upper;
    }
}
