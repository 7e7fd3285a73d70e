using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>uss_small period differences (svyby covmat + svycontrast, and svyglm) against R.</summary>
public sealed class DomainComparisonTests
{
    private static readonly Lazy<UssSmallData> Data = new(UssSmallData.Load);

    public static TheoryData<string> Measures() => [.. UssSmallData.Measures];

    [Theory]
    [MemberData(nameof(Measures))]
    public void Compare_InYearVersusPrevious12m_MatchesR(string measure)
    {
        // Given
        var data = Data.Value;
        var design = data.Design();
        var expected = data.Expected.GetProperty("period_difference").GetProperty(measure);
        var indicator = ProportionEstimator.Indicators(data.Numbers(measure), MeasureRule.Default);

        // When
        var actual = DomainComparison.Compare(design, indicator, data.Is("period", "in_year"), data.Is("period", "previous_12m"), "in_year", "previous_12m");

        // Then
        var inYear = expected.GetProperty("in_year");
        var previous = expected.GetProperty("previous_12m");
        Assert.Equal(inYear.GetProperty("n").GetInt32(), actual.A.N);
        Assert.Equal(previous.GetProperty("n").GetInt32(), actual.B.N);
        Close(inYear.GetProperty("proportion").GetDouble(), actual.A.Estimate, "in_year proportion");
        Close(inYear.GetProperty("se").GetDouble(), actual.A.StandardError, "in_year se");
        Close(previous.GetProperty("proportion").GetDouble(), actual.B.Estimate, "previous proportion");
        Close(previous.GetProperty("se").GetDouble(), actual.B.StandardError, "previous se");
        Close(expected.GetProperty("difference").GetDouble(), actual.Difference, "difference");
        Close(expected.GetProperty("se_difference").GetDouble(), actual.SeDifference, "se_difference");
        Close(expected.GetProperty("cov_between_periods").GetDouble(), actual.Covariance, "cov");
        Close(expected.GetProperty("z").GetDouble(), actual.Z, "z");
        Close(expected.GetProperty("p_value_normal").GetDouble(), actual.PValueNormal, "p_value_normal");
        var glm = expected.GetProperty("svyglm");
        Assert.Equal(glm.GetProperty("df").GetInt32(), actual.SvyglmDf);
        Close(glm.GetProperty("estimate").GetDouble(), actual.Difference, "svyglm estimate");
        Close(glm.GetProperty("se").GetDouble(), actual.SeDifference, "svyglm se");
        Close(glm.GetProperty("t").GetDouble(), actual.Z, "svyglm t");
        Close(glm.GetProperty("p_value").GetDouble(), actual.SvyglmPValue, "svyglm p_value");
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void ConfidenceInterval_IsTheSvyglmWaldIntervalAndAgreesWithItsTest(string measure)
    {
        // Given R's difference, SE and residual df for the measure
        var data = Data.Value;
        var glm = data.Expected.GetProperty("period_difference").GetProperty(measure).GetProperty("svyglm");
        var (estimate, se, df, p) = (glm.GetProperty("estimate").GetDouble(), glm.GetProperty("se").GetDouble(), glm.GetProperty("df").GetInt32(), glm.GetProperty("p_value").GetDouble());
        var indicator = ProportionEstimator.Indicators(data.Numbers(measure), MeasureRule.Default);

        // When
        var actual = DomainComparison.Compare(data.Design(), indicator, data.Is("period", "in_year"), data.Is("period", "previous_12m"));
        var ci = actual.ConfidenceInterval(0.95);

        // Then: estimate +/- qt(0.975, df) * se, and 0 is outside it exactly when p < 0.05
        var half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, 0.975) * se;
        Close(estimate - half, ci.Lower, "lower");
        Close(estimate + half, ci.Upper, "upper");
        Assert.Equal(p < 0.05, ci.Lower > 0 || ci.Upper < 0);
        Assert.Equal(p < 0.05, actual.IsSignificant(0.95));
    }

    [Fact]
    public void ConfidenceInterval_LevelOutsideZeroOne_Throws()
    {
        var data = Data.Value;
        var indicator = ProportionEstimator.Indicators(data.Numbers("treatment"), MeasureRule.Default);
        var actual = DomainComparison.Compare(data.Design(), indicator, data.Is("period", "in_year"), data.Is("period", "previous_12m"));

        Assert.Throws<ArgumentOutOfRangeException>(() => actual.ConfidenceInterval(1.0));
    }

    private static void Close(double expected, double actual, string what) =>
        ReferenceAssert.Close(expected, actual, ReferenceAssert.ClosedForm, what);
}
