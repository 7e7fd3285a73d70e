using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class DesignAndNonresponseTests
{
    [Fact]
    public void FromInclusionProbabilities_InvertsEachProbability()
    {
        Assert.Equal([4.0, 1.0, 2.5], DesignWeights.FromInclusionProbabilities([0.25, 1, 0.4]));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void FromInclusionProbabilities_OutOfRange_IsBadInputNamingRow(double p)
    {
        var ex = Assert.Throws<InvalidInputException>(() => DesignWeights.FromInclusionProbabilities([0.5, p]));
        Assert.Contains("Row 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjust_ScalesRespondentsToTheClassTotal()
    {
        double[] w = [10, 10, 20, 5, 5];
        int[] cls = [0, 0, 0, 1, 1];
        bool[] resp = [true, false, true, true, true];

        var adjusted = NonresponseAdjustment.Adjust(w, cls, resp);

        // Class 0: total 40, respondents 30 -> factor 4/3; class 1 all responded.
        Assert.Equal(40.0 / 3, adjusted[0], 12);
        Assert.Equal(0, adjusted[1]);
        Assert.Equal(80.0 / 3, adjusted[2], 12);
        Assert.Equal(5, adjusted[3]);
        Assert.Equal(50, adjusted.Sum(), 12);
    }

    [Fact]
    public void Adjust_ClassWithoutRespondents_IsBadInputNamingTheClass()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            NonresponseAdjustment.Adjust([1.0, 1, 1], [0, 1, 1], [true, false, false], ["urban", "rural"]));

        Assert.Contains("'rural'", ex.Message, StringComparison.Ordinal);
    }
}
