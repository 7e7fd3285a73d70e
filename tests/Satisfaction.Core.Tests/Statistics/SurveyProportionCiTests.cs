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

    /// <summary>
    /// R 4.2.2 qt(p, df) far in the tail, where the likelihood interval's profile range is taken in small domains of a
    /// raked design (MathNet's own inverse returns -800 or throws there): qt(2.25e-13, 182), qt(1e-18, 182),
    /// qt(1e-18, 5), and the usual qt(0.025, 7).
    /// </summary>
    [Theory]
    [InlineData(2.25e-13, 182, -7.8055128740467437)]
    [InlineData(1e-18, 182, -9.7820408874854277)]
    [InlineData(1e-18, 5, -6243.8828970089316)]
    [InlineData(0.025, 7, -2.3646242515927844)]
    [InlineData(0.975, 7, 2.3646242515927844)]
    public void TQuantile_FarInTheTail_MatchesR(double p, double df, double expected)
    {
        var t = Quantiles.TQuantile(p, df);
        Assert.True(Math.Abs(t - expected) <= 1e-12 * Math.Abs(expected), $"qt({p}, {df}) = {t:R}, R {expected:R}");
    }

    /// <summary>R's binomial linkinv clamps mu to [eps, 1 - eps] beyond |eta| = 30 (the profile's deviance far out).</summary>
    [Fact]
    public void LinkInverse_ClampsLikeR()
    {
        Assert.Equal(2.2204460492503126e-16, ProfileLikelihoodCi.LinkInverse(-40));
        Assert.Equal(0.99999999999999978, ProfileLikelihoodCi.LinkInverse(800));
        Assert.Equal(Math.Exp(2.0) / (1 + Math.Exp(2.0)), ProfileLikelihoodCi.LinkInverse(2));
    }
}
