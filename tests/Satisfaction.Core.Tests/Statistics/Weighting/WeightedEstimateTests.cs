using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

/// <summary>
/// The "agree" estimate blocks of rdd_confidence (raked, trimmed, trimmed strict) and calibration (each
/// variant) with the survey estimator on the weighted design plus this library's variance adjustment.
/// </summary>
public sealed class WeightedEstimateTests
{
    public static TheoryData<string, CalibrationFunction, double, double> CalibrationVariants => CalibrationTests.Variants;

    [Fact]
    public void Estimate_Raked_AgreeBlocksMatchR()
    {
        var rdd = RefDataset.Rdd;
        var raked = Raking.Rake(rdd.BaseWeights, rdd.Margins);

        AssertAgreeBlocks(rdd, "raked.agree", raked.Weights, raked.Adjustment);
    }

    [Theory]
    [InlineData("trimmed", false)]
    [InlineData("trimmed_strict", true)]
    public void Estimate_Trimmed_AgreeBlocksMatchR(string key, bool strict)
    {
        var rdd = RefDataset.Rdd;
        var raked = Raking.Rake(rdd.BaseWeights, rdd.Margins);
        var trimmed = Trimming.Trim(raked.Weights, new TrimmingOptions { Upper = 5 * raked.Weights.Average(), Strict = strict }, raked.Adjustment);

        AssertAgreeBlocks(rdd, key + ".agree", trimmed.Weights, trimmed.Adjustment);
    }

    [Theory]
    [MemberData(nameof(CalibrationVariants))]
    public void Estimate_Calibrated_AgreeBlocksMatchR(string variant, CalibrationFunction function, double lower, double upper)
    {
        var cal = RefDataset.Calibration;
        var result = CalibrationTests.Run(function, lower, upper);

        AssertAgreeBlocks(cal, $"results.{variant}.agree", result.Weights, result.Adjustment);
    }

    private static void AssertAgreeBlocks(RefDataset data, string path, double[] weights, ILinearisationAdjustment? adjustment)
    {
        var design = SurveyDesign.Create(new SurveyDesignInput
        {
            Weights = weights,
            Adjustment = adjustment,
            SubsetKeepsAllRows = true,
        });
        var codes = data.ConfidenceCode.Select(c => (double)c).ToArray();

        var excluding = ProportionEstimator.Estimate(design, "agree", codes, MeasureRule.Parse("1-2", "1-5"), CiMethodNames.AllSurvey, 0.95);
        var including = ProportionEstimator.Estimate(design, "agree", codes, MeasureRule.Parse("1-2", "1-6"), CiMethodNames.AllSurvey, 0.95);

        ProportionEstimatorTests.AssertBlock(data.At(path + ".excluding_dont_know"), excluding, path + " excluding");
        ProportionEstimatorTests.AssertBlock(data.At(path + ".including_dont_know"), including, path + " including");
    }
}
