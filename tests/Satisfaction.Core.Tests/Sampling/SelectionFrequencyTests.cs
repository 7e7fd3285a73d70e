using MathNet.Numerics.Distributions;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Sampling;
using Xunit.Abstractions;

namespace Satisfaction.Core.Tests.Sampling;

/// <summary>
/// Over many seeded draws, how often each unit is selected must match its stated inclusion probability.
/// Statistic: X = Σ (O_i − Dπ_i)² / (Dπ_i(1 − π_i)) over units with 0 &lt; π_i &lt; 1 (D draws). For Poisson
/// sampling the O_i are independent binomials and X is approximately χ² with k = number of units degrees of
/// freedom; fixed-size designs (SRSWOR, systematic) have negatively correlated counts, which only makes X smaller,
/// so the χ²_k critical value at 0.999 is a valid (conservative) bound. Seeds are fixed: the test is deterministic.
/// </summary>
public sealed class SelectionFrequencyTests(ITestOutputHelper output)
{
    private const int Draws = 2000;

    private static double Statistic(IReadOnlyList<int> observed, IReadOnlyList<double> pi, int draws)
    {
        var x = 0.0;
        for (var i = 0; i < observed.Count; i++)
        {
            if (pi[i] is > 0 and < 1)
            {
                var e = draws * pi[i];
                x += (observed[i] - e) * (observed[i] - e) / (e * (1 - pi[i]));
            }
        }

        return x;
    }

    private static int Df(IEnumerable<double> pi) => pi.Count(p => p is > 0 and < 1);

    [Theory]
    [InlineData(SelectionMethod.SimpleRandom)]
    [InlineData(SelectionMethod.Systematic)]
    [InlineData(SelectionMethod.Poisson)]
    public void Selector_ManySeeds_FrequenciesMatchNOverN(SelectionMethod method)
    {
        const int n = 6;
        const int bigN = 20;
        var counts = new int[bigN];
        var sizes = new List<int>();
        for (var seed = 1; seed <= Draws; seed++)
        {
            var chosen = StratumSelector.Select(method, bigN, n, new SeededRandom(seed));
            sizes.Add(chosen.Length);
            foreach (var c in chosen)
            {
                counts[c]++;
            }
        }

        var pi = Enumerable.Repeat((double)n / bigN, bigN).ToArray();
        var x = Statistic(counts, pi, Draws);
        var critical = ChiSquared.InvCDF(bigN, 0.999); // 45.31 for 20 df

        output.WriteLine($"{method}: chi-square {x:F2}, critical {critical:F2} (20 df, 0.999)");
        Assert.InRange(critical, 45.3, 45.4);
        Assert.True(x < critical, $"chi-square {x:F2} >= {critical:F2}");
        if (method == SelectionMethod.Poisson)
        {
            Assert.InRange(sizes.Average(), 5.8, 6.2); // expected size n
            Assert.True(sizes.Distinct().Count() > 3);
        }
        else
        {
            Assert.All(sizes, s => Assert.Equal(n, s));
        }
    }

    [Fact]
    public void Statistic_BiasedSelector_IsRejected()
    {
        // A sampler that never picks the last unit must fail the same test (the test has power).
        var counts = new int[20];
        for (var seed = 1; seed <= Draws; seed++)
        {
            foreach (var c in StratumSelector.Select(SelectionMethod.SimpleRandom, 19, 6, new SeededRandom(seed)))
            {
                counts[c]++;
            }
        }

        var x = Statistic(counts, Enumerable.Repeat(0.3, 20).ToArray(), Draws);
        output.WriteLine($"biased: chi-square {x:F2}");

        Assert.True(x > ChiSquared.InvCDF(20, 0.999), $"chi-square {x:F2} should exceed the critical value");
    }

    [Theory]
    [InlineData("srswor")]
    [InlineData("systematic")]
    [InlineData("poisson")]
    public void Drawer_UnequalProbabilitiesAcrossStrata_FrequenciesMatchStatedPi(string selection)
    {
        // Three strata (EAST 10, SOUTH 25, WEST 5) with proportional n = 10: shares 2.5, 6.25, 1.25 round (largest
        // remainder) to 3, 6, 1, so π = 0.3, 0.24 and 0.2.
        var programme = ProgrammeParser.Parse($$"""
            id: p
            user_groups:
              - { id: burglary, questionnaire: q, incident_types: [crime], offence_codes: ["28"] }
            selection: {{selection}}
            allocation: { method: proportional, sample_size: 10 }
            """, "p.yaml");
        var records = new List<IncidentRecord>();
        foreach (var (division, count) in new[] { ("EAST", 10), ("SOUTH", 25), ("WEST", 5) })
        {
            for (var i = 0; i < count; i++)
            {
                records.Add(Records.Eligible($"{division}-{i:D2}", "28", Records.AsOf.AddDays(-42 - (i % 40)), division));
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, double>? stated = null;
        for (var seed = 1; seed <= Draws; seed++)
        {
            var result = SampleDrawer.Draw(new DrawRequest(records, [programme], EligibilityContext.At(Records.AsOf), new HashSet<string>(), seed));
            stated ??= result.Considerations.ToDictionary(c => c.CrimeRef, c => c.InclusionProbability!.Value, StringComparer.Ordinal);
            foreach (var u in result.Sampled)
            {
                counts[u.CrimeRef] = counts.GetValueOrDefault(u.CrimeRef) + 1;
                Assert.Equal(stated[u.CrimeRef], u.InclusionProbability);
            }
        }

        var refs = stated!.Keys.Order(StringComparer.Ordinal).ToList();
        var pi = refs.Select(r => stated[r]).ToList();
        var x = Statistic(refs.Select(r => counts.GetValueOrDefault(r)).ToList(), pi, Draws);
        var critical = ChiSquared.InvCDF(Df(pi), 0.999); // 40 df: 73.40

        output.WriteLine($"{selection}: chi-square {x:F2}, critical {critical:F2} ({Df(pi)} df, 0.999)");
        Assert.Equal([0.3, 0.24, 0.2], new[] { "EAST-00", "SOUTH-00", "WEST-00" }.Select(r => stated[r]));
        Assert.True(x < critical, $"chi-square {x:F2} >= {critical:F2} ({selection})");
    }
}
