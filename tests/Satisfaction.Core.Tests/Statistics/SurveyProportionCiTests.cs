using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>Edge cases of the design-based intervals: proportions of 0 and 1.</summary>
public sealed class SurveyProportionCiTests
{
    [Fact]
    public void Estimate_AllYes_LogitUndefinedMeanDegenerateBetaExact()
    {
        // Given: every valid answer is satisfied, so p = 1 and the variance is 0.
        var design = SurveyDesign.Create(new SurveyDesignInput { Strata = [1, 1, 1, 2, 2, 2], Weights = [2, 2, 2, 3, 3, 3] });

        // When
        var block = ProportionEstimator.Estimate(design, "q", [1, 2, 3, 1, 1, 8], MeasureRule.Default, CiMethodNames.AllSurvey, 0.95);

        // Then
        var ci = block.Ci.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(1.0, block.Proportion);
        Assert.Equal(0.0, block.Var);
        Assert.False(ci["logit"].IsDefined);
        Assert.False(ci["xlogit"].IsDefined);
        Assert.False(ci["likelihood"].IsDefined);
        Assert.False(ci["asin"].IsDefined);
        Assert.Equal(new CiBounds(1, 1), ci["mean"]);

        // beta uses n_eff = n * (qt(.025, nrow - 1) / qt(.025, degf))^2 = 5 here (nrow 5, degf 3):
        // qbeta(0.025, n_eff, 1) = 0.025^(1 / n_eff).
        var ratio = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 4, 0.025) / MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 3, 0.025);
        var nEff = 5 * ratio * ratio;
        ReferenceAssert.Close(Math.Pow(0.025, 1 / nEff), ci["beta"].Lower, 1e-8, "beta lower");
        Assert.Equal(1.0, ci["beta"].Upper);
    }

    [Fact]
    public void Parse_RangesAndLists_GiveCodes()
    {
        var rule = MeasureRule.Parse("1-2,5", "1-5");
        Assert.Equal(1.0, rule.Indicator(5));
        Assert.Equal(0.0, rule.Indicator(3));
        Assert.True(double.IsNaN(rule.Indicator(6)));
        Assert.Throws<InvalidInputException>(() => MeasureRule.Parse("a-b", "1-7"));
    }
}
