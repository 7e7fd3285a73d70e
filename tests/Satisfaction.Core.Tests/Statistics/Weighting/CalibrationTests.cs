using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class CalibrationTests
{
    private static readonly RefDataset Cal = RefDataset.Calibration;

    public static TheoryData<string, CalibrationFunction, double, double> Variants => new()
    {
        { "linear", CalibrationFunction.Linear, double.NegativeInfinity, double.PositiveInfinity },
        { "raking", CalibrationFunction.Raking, double.NegativeInfinity, double.PositiveInfinity },
        { "linear_bounded", CalibrationFunction.Linear, 0.3, 3 },
        { "raking_bounded", CalibrationFunction.Raking, 0.3, 3 },
        { "logit_bounded", CalibrationFunction.Logit, 0.3, 3 },
    };

    internal static CalibrationResult Run(CalibrationFunction function, double lower, double upper) =>
        Calibration.Calibrate(Cal.BaseWeights, Cal.Margins, new CalibrationOptions { Function = function, LowerBound = lower, UpperBound = upper });

    [Theory]
    [MemberData(nameof(Variants))]
    public void Calibrate_ReferenceVariant_MatchesRWeightsAndG(string variant, CalibrationFunction function, double lower, double upper)
    {
        var result = Run(function, lower, upper);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Null(result.FailureReason);
        RefDataset.AssertAllRelative(RefDataset.Doubles(Cal.At($"results.{variant}.weights")), result.Weights, 1e-6, variant);
        RefDataset.AssertAllRelative(RefDataset.Doubles(Cal.At($"results.{variant}.g")), result.G, 1e-6, variant + " g");
        RefDataset.AssertRelative(Cal.At($"results.{variant}.g_min").GetDouble(), result.GMin, 1e-6, "g_min");
        RefDataset.AssertRelative(Cal.At($"results.{variant}.g_max").GetDouble(), result.GMax, 1e-6, "g_max");
        Assert.True(result.MaxRelativeMisfit < 1e-7);
    }

    [Fact]
    public void Calibrate_InfeasibleBounds_ReportsFailureLikeR()
    {
        Assert.Equal("Calibration failed", Cal.At("results.linear_bounded_infeasible.error").GetString());

        var result = Run(CalibrationFunction.Linear, 0.8, 1.25);

        Assert.False(result.Succeeded);
        Assert.Equal("Calibration failed", result.FailureReason);
        Assert.Null(result.Adjustment);
        Assert.Equal(50, result.Iterations);
    }

    [Fact]
    public void Calibrate_RakingFunction_ReachesTheRakeFixedPoint()
    {
        var result = Run(CalibrationFunction.Raking, double.NegativeInfinity, double.PositiveInfinity);

        RefDataset.AssertAllRelative(RefDataset.Doubles(Cal.At("rake_tight_weights")), result.Weights, 1e-6, "rake fixed point");
    }

    [Fact]
    public void Calibrate_LogitWithoutBounds_IsBadInput()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Run(CalibrationFunction.Logit, double.NegativeInfinity, double.PositiveInfinity));
        Assert.Contains("finite bounds", ex.Message, StringComparison.Ordinal);
    }
}
