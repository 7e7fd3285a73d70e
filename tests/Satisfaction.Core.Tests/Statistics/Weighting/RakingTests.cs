using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class RakingTests
{
    private static readonly RefDataset Rdd = RefDataset.Rdd;

    [Fact]
    public void Rake_DefaultControl_MatchesRWeightsPassesAndConvergence()
    {
        var result = Raking.Rake(Rdd.BaseWeights, Rdd.Margins);

        Assert.True(result.Converged);
        Assert.Equal(Rdd.At("raked.passes").GetInt32(), result.Passes);
        Assert.Equal(Rdd.At("raked.converged").GetBoolean(), result.Converged);
        RefDataset.AssertAllRelative(RefDataset.Doubles(Rdd.At("raked.weights")), result.Weights, 1e-6, "raked");
    }

    [Fact]
    public void Rake_DefaultControl_MarginErrorsMatchR()
    {
        var result = Raking.Rake(Rdd.BaseWeights, Rdd.Margins);

        foreach (var margin in result.MarginErrors)
        {
            var expected = RefDataset.Doubles(Rdd.At("raked.margin_error." + margin.Name));
            Assert.Equal(expected.Length, margin.Errors.Count);
            for (var l = 0; l < expected.Length; l++)
            {
                Assert.True(Math.Abs(expected[l] - margin.Errors[l]) < 1e-6 * 1.5e6 * 1e-3, $"{margin.Name}[{l}] {expected[l]} vs {margin.Errors[l]}");
            }
        }

        var max = new[] { "age_band", "sex", "district" }.SelectMany(n => RefDataset.Doubles(Rdd.At("raked.margin_error." + n))).Max(Math.Abs);
        Assert.Equal(max, result.MaxAbsMarginError, 1e-6);
    }

    [Fact]
    public void Rake_TightEpsilon_MatchesRFixedPoint()
    {
        var result = Raking.Rake(Rdd.BaseWeights, Rdd.Margins, new RakingOptions { Epsilon = 1e-13, MaxIterations = 500 });

        Assert.True(result.Converged);
        Assert.Equal(Rdd.At("raked_tight.passes").GetInt32(), result.Passes);
        RefDataset.AssertAllRelative(RefDataset.Doubles(Rdd.At("raked_tight.weights")), result.Weights, 1e-6, "raked_tight");
        Assert.True(result.MaxAbsMarginError < 1e-6);
    }
}
