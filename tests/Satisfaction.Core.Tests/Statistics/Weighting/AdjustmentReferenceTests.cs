using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

/// <summary>SEs of the "agree" proportion after weighting, checked against R's (svyrecvar) with a minimal linearisation.</summary>
public sealed class AdjustmentReferenceTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void RakingAdjustment_AgreeProportions_MatchRStandardErrors()
    {
        var rdd = RefDataset.Rdd;
        var raked = Raking.Rake(rdd.BaseWeights, rdd.Margins);

        AssertAgree(rdd, "raked.agree", raked.Weights, raked.Adjustment, Tolerance);
    }

    [Fact]
    public void TrimmedAfterRaking_AgreeProportions_MatchRStandardErrors()
    {
        var rdd = RefDataset.Rdd;
        var raked = Raking.Rake(rdd.BaseWeights, rdd.Margins);
        var upper = 5 * raked.Weights.Average();
        var trimmed = Trimming.Trim(raked.Weights, new TrimmingOptions { Upper = upper }, raked.Adjustment);

        AssertAgree(rdd, "trimmed.agree", trimmed.Weights, trimmed.Adjustment, Tolerance);
    }

    [Theory]
    [InlineData("linear", CalibrationFunction.Linear, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("raking", CalibrationFunction.Raking, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData("linear_bounded", CalibrationFunction.Linear, 0.3, 3)]
    [InlineData("raking_bounded", CalibrationFunction.Raking, 0.3, 3)]
    [InlineData("logit_bounded", CalibrationFunction.Logit, 0.3, 3)]
    public void GregAdjustment_AgreeProportions_MatchRStandardErrors(string variant, CalibrationFunction function, double lower, double upper)
    {
        var cal = RefDataset.Calibration;
        var result = CalibrationTests.Run(function, lower, upper);

        AssertAgree(cal, $"results.{variant}.agree", result.Weights, result.Adjustment, Tolerance);
    }

    [Fact]
    public void RakingAdjustment_RAgreeSeWithRWeights_MatchesTo1e9()
    {
        // With R's own raked weights the SE is a closed form of them: 1e-9.
        var rdd = RefDataset.Rdd;
        var raked = Raking.Rake(rdd.BaseWeights, rdd.Margins);
        var rWeights = RefDataset.Doubles(rdd.At("raked.weights"));
        var codes = rdd.ConfidenceCode;
        var (p, se) = SimpleLinearisation.Proportion(rWeights, _ => true, i => codes[i] <= 2, raked.Adjustment);

        RefDataset.AssertRelative(rdd.At("raked.agree.including_dont_know.proportion").GetDouble(), p, Tolerance, "p");
        RefDataset.AssertRelative(rdd.At("raked.agree.including_dont_know.se").GetDouble(), se, Tolerance, "se");
    }

    private static void AssertAgree(RefDataset data, string path, double[] weights, Core.Statistics.ILinearisationAdjustment? adjustment, double tolerance)
    {
        var codes = data.ConfidenceCode;
        var (pEx, seEx) = SimpleLinearisation.Proportion(weights, i => codes[i] != 6, i => codes[i] <= 2, adjustment);
        RefDataset.AssertRelative(data.At(path + ".excluding_dont_know.proportion").GetDouble(), pEx, tolerance, "p excl");
        RefDataset.AssertRelative(data.At(path + ".excluding_dont_know.se").GetDouble(), seEx, tolerance, "se excl");

        var (pIn, seIn) = SimpleLinearisation.Proportion(weights, _ => true, i => codes[i] <= 2, adjustment);
        RefDataset.AssertRelative(data.At(path + ".including_dont_know.proportion").GetDouble(), pIn, tolerance, "p incl");
        RefDataset.AssertRelative(data.At(path + ".including_dont_know.se").GetDouble(), seIn, tolerance, "se incl");
    }
}
