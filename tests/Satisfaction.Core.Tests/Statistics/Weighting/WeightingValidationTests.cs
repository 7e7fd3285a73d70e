using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class WeightingValidationTests
{
    private static WeightingMargin Margin(string name, int[] codes, params double[] totals) => new(name, codes, totals, null);

    [Fact]
    public void Rake_UnknownLevelCode_IsBadInputNamingRowAndMargin()
    {
        var margins = new[] { Margin("sex", [0, 1, 2], 50, 50) };

        var ex = Assert.Throws<InvalidInputException>(() => Raking.Rake([1.0, 1, 1], margins));
        Assert.Contains("Row 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'sex'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rake_MarginTotalsDisagree_IsBadInput()
    {
        var margins = new[] { Margin("sex", [0, 1, 0, 1], 50, 50), Margin("age", [0, 0, 1, 1], 40, 70) };

        var ex = Assert.Throws<InvalidInputException>(() => Raking.Rake([1.0, 1, 1, 1], margins));
        Assert.Contains("'age'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("110", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rake_PopulationLevelWithoutRespondents_IsBadInput()
    {
        var margins = new[] { new WeightingMargin("sex", [0, 0, 0], [50, 50], ["female", "male"]) };

        var ex = Assert.Throws<InvalidInputException>(() => Raking.Rake([1.0, 1, 1], margins));
        Assert.Contains("'male'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no respondents", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Rake_BadBaseWeight_IsBadInputNamingRow(double bad)
    {
        var margins = new[] { Margin("sex", [0, 1, 0], 50, 50) };

        var ex = Assert.Throws<InvalidInputException>(() => Raking.Rake([1.0, bad, 1], margins));
        Assert.Contains("Row 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_UnknownLevelCode_IsBadInput()
    {
        var margins = new[] { Margin("sex", [0, 1, 5], 50, 50) };

        Assert.Throws<InvalidInputException>(() => Calibration.Calibrate([1.0, 1, 1], margins));
    }

    [Fact]
    public void Rake_OnePassAllowed_ReportsNonConvergenceAsData()
    {
        var rdd = RefDataset.Rdd;

        var result = Raking.Rake(rdd.BaseWeights, rdd.Margins, new RakingOptions { MaxIterations = 1 });

        Assert.False(result.Converged);
        Assert.Equal(1, result.Passes);
        Assert.True(result.MaxAbsMarginError > 1);
        Assert.Equal(600, result.Weights.Length);
    }

    [Fact]
    public void Rake_RelativeEpsilon_IsScaledBySumOfBaseWeights()
    {
        var rdd = RefDataset.Rdd;

        // 1 / 1,491,858 relative is one person: the same stopping point as the default absolute rule.
        var relative = Raking.Rake(rdd.BaseWeights, rdd.Margins, new RakingOptions { Epsilon = 1.0 / rdd.BaseWeights.Sum() });
        var absolute = Raking.Rake(rdd.BaseWeights, rdd.Margins);

        Assert.Equal(absolute.Passes, relative.Passes);
    }
}
