using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class TrimmingTests
{
    private static readonly RefDataset Rdd = RefDataset.Rdd;

    private static double[] Raked() => Raking.Rake(Rdd.BaseWeights, Rdd.Margins).Weights;

    [Fact]
    public void Trim_FiveTimesMeanOfRakedWeights_MatchesRTrimWeights()
    {
        var raked = Raked();
        var upper = 5 * raked.Average();
        RefDataset.AssertRelative(Rdd.At("trimmed.upper").GetDouble(), upper, 1e-9, "upper");

        var result = Trimming.Trim(raked, new TrimmingOptions { Upper = upper });

        RefDataset.AssertAllRelative(RefDataset.Doubles(Rdd.At("trimmed.weights")), result.Weights, 1e-9, "trimmed");
        Assert.Equal(Rdd.At("trimmed.n_above_upper_before").GetInt32(), result.AboveUpperBefore);
        Assert.Equal(Rdd.At("trimmed.n_above_upper_after").GetInt32(), result.AboveUpperAfter);
        Assert.Equal(1, result.Rounds);
        RefDataset.AssertRelative(raked.Sum(), result.Weights.Sum(), 1e-12, "total kept");
    }

    [Fact]
    public void Trim_Strict_MatchesRTrimWeightsStrict()
    {
        var raked = Raked();
        var result = Trimming.Trim(raked, new TrimmingOptions { Upper = 5 * raked.Average(), Strict = true });

        RefDataset.AssertAllRelative(RefDataset.Doubles(Rdd.At("trimmed_strict.weights")), result.Weights, 1e-9, "strict");
        Assert.Equal(0, result.AboveUpperAfter);
    }

    [Fact]
    public void Trim_StrictWhenRedistributionOvershoots_RepeatsUntilNoneAbove()
    {
        double[] weights = [10, 9.5, 1, 1];
        var once = Trimming.Trim(weights, new TrimmingOptions { Upper = 9 });
        var strict = Trimming.Trim(weights, new TrimmingOptions { Upper = 9, Strict = true });

        // Once: 10 -> 9 and 9.5 -> 9, the 1.5 removed goes 0.75 to each of the two others.
        Assert.Equal([9, 9, 1.75, 1.75], once.Weights);
        Assert.Equal(0, once.AboveUpperAfter);
        Assert.Equal(21.5, strict.Weights.Sum(), 12);
        Assert.True(strict.Weights.Max() <= 9);
    }

    [Fact]
    public void Trim_LowerLimit_RaisesSmallWeightsAndKeepsTheTotal()
    {
        double[] weights = [0.5, 2, 3, 4.5];
        var result = Trimming.Trim(weights, new TrimmingOptions { Lower = 1, Upper = 100 });

        Assert.Equal(1, result.BelowLowerBefore);
        Assert.Equal(1, result.Weights[0]);
        Assert.Equal(10, result.Weights.Sum(), 12);
        Assert.Equal(2 - (0.5 / 3), result.Weights[1], 12);
    }

    [Fact]
    public void Trim_PassesTheAdjustmentThrough()
    {
        var rake = Raking.Rake(Rdd.BaseWeights, Rdd.Margins);
        var result = Trimming.Trim(rake.Weights, new TrimmingOptions { Upper = 10000 }, rake.Adjustment);

        Assert.Same(rake.Adjustment, result.Adjustment);
    }

    [Fact]
    public void Trim_NegativeWeight_IsBadInput()
    {
        Assert.Throws<InvalidInputException>(() => Trimming.Trim([1, -2, 3], new TrimmingOptions { Upper = 2 }));
    }
}
