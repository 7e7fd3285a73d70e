using Satisfaction.Application.Statistics;
using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Tests.Statistics;

/// <summary>The one parser of the weighting options (<c>--margins</c>, <c>--calfun</c>, <c>--bounds</c>, raking and trimming).</summary>
public sealed class WeightingSettingsTests
{
    [Fact]
    public void Parse_MarginsAlone_Rakes_WithRDefaults()
    {
        var settings = WeightingSettings.Parse(new WeightingOptionText { Margins = "m.csv" }, p => "/data/" + p);

        Assert.True(settings.Rakes);
        Assert.Equal(new DataFile("/data/m.csv", "m.csv"), settings.Margins);
        Assert.Equal(1.0, settings.Raking.Epsilon);
        Assert.Equal(10, settings.Raking.MaxIterations);
        Assert.Null(settings.Trimming);
    }

    [Fact]
    public void Parse_CalfunAndBounds_Calibrates()
    {
        var settings = WeightingSettings.Parse(new WeightingOptionText { Margins = "m.csv", CalibrationFunction = " Logit ", Bounds = "0.3, 3" });

        Assert.Equal(CalibrationFunction.Logit, settings.Calibration);
        Assert.Equal(0.3, settings.LowerBound);
        Assert.Equal(3.0, settings.UpperBound);
        Assert.Equal("calibrate (logit, bounds 0.3,3) to m.csv", settings.Describe());
    }

    [Theory]
    [InlineData(null, "linear", null, "--margins")]
    [InlineData("m.csv", "cubic", null, "--calfun 'cubic'")]
    [InlineData("m.csv", null, "0.3,3", "--bounds applies to calibration")]
    [InlineData("m.csv", "linear", "3,0.3", "--bounds '3,0.3'")]
    [InlineData("m.csv", "linear", "0.3", "--bounds '0.3'")]
    [InlineData("m.csv", "logit", null, "--calfun logit needs finite --bounds")]
    public void Parse_BadCombination_NamesTheOption(string? margins, string? calfun, string? bounds, string expected)
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            WeightingSettings.Parse(new WeightingOptionText { Margins = margins, CalibrationFunction = calfun, Bounds = bounds }));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", 10, null, null, false, "--epsilon '0'")]
    [InlineData("1", 0, null, null, false, "--maxit")]
    [InlineData("1", 10, "-5", null, false, "--upper '-5'")]
    [InlineData("1", 10, "5", "6", false, "--lower '6'")]
    [InlineData("1", 10, null, null, true, "--strict and --lower need --upper")]
    public void Parse_BadRakingOrTrimming_NamesTheOption(string epsilon, int maxit, string? upper, string? lower, bool strict, string expected)
    {
        var ex = Assert.Throws<InvalidInputException>(() => WeightingSettings.Parse(new WeightingOptionText
        {
            Margins = "m.csv", Epsilon = epsilon, MaxIterations = maxit, Upper = upper, Lower = lower, Strict = strict,
        }));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RakeAndCalfun_IsRefused()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            WeightingSettings.Parse(new WeightingOptionText { Margins = "m.csv", Rake = true, CalibrationFunction = "linear" }));

        Assert.Contains("either --rake or --calfun", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplicateMethodNames_RoundTrip()
    {
        foreach (var method in ReplicateMethodNames.All)
        {
            Assert.Equal(method, ReplicateMethodNames.Parse(ReplicateMethodNames.Name(method).ToUpperInvariant()));
        }

        Assert.Null(ReplicateMethodNames.Parse("jk2"));
    }

    [Theory]
    [InlineData(0.0, false, "weight must be a finite number > 0, got 0")]
    [InlineData(-1.0, true, "weight must be a finite number >= 0, got -1")]
    [InlineData(double.NaN, false, "weight must be a finite number > 0, got NaN")]
    public void WeightCheck_OneMessage(double weight, bool allowZero, string expected)
    {
        Assert.Equal(expected, WeightCheck.Problem(weight, allowZero));
        Assert.Null(WeightCheck.Problem(2.5, allowZero));
    }
}
