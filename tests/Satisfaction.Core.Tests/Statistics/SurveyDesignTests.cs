using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>
/// Lonely-PSU policies, clustered designs, fpc as fractions and validation. Expected values were computed
/// with R survey 4.1-1 (svydesign(ids = ~psu, strata = ~st, fpc = ~fpc), options(survey.lonely.psu = ...)).
/// </summary>
public sealed class SurveyDesignTests
{
    private static readonly int[] Strata = [1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3];
    private static readonly int[] Psus = [1, 1, 2, 3, 4, 4, 5, 6, 6, 7, 7];
    private static readonly double[] Fpc = [10, 10, 10, 10, 8, 8, 8, 8, 8, 5, 5];
    private static readonly double[] Y = [1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0];

    [Theory]
    [InlineData(LonelyPsuPolicy.Remove, 0.0079346356123215622, 4.4444444444444438, 0.01337942523948355)]
    [InlineData(LonelyPsuPolicy.Certainty, 0.0079346356123215622, 4.4444444444444438, 0.01337942523948355)]
    [InlineData(LonelyPsuPolicy.Adjust, 0.0081116726999521886, 24.444444444444446, 0.013859225322782175)]
    public void Mean_LonelyPsuPolicy_MatchesR(LonelyPsuPolicy policy, double meanVar, double totalVar, double domainVar)
    {
        // Given
        var design = SurveyDesign.Create(new SurveyDesignInput { Strata = Strata, Psus = Psus, Fpc = Fpc, LonelyPsu = policy });
        var domain = Strata.Select(s => s != 1).ToArray();

        // When
        var mean = SurveyEstimator.Mean(design, Y);
        var total = SurveyEstimator.Total(design, Y);
        var sub = SurveyEstimator.Mean(design, Y, domain);

        // Then
        ReferenceAssert.Close(0.55454545454545456, mean.Estimate, ReferenceAssert.ClosedForm, "mean");
        ReferenceAssert.Close(meanVar, mean.Variance, ReferenceAssert.ClosedForm, "mean var");
        ReferenceAssert.Close(20.333333333333332, total.Estimate, ReferenceAssert.ClosedForm, "total");
        ReferenceAssert.Close(totalVar, total.Variance, ReferenceAssert.ClosedForm, "total var");
        ReferenceAssert.Close(0.44285714285714284, sub.Estimate, ReferenceAssert.ClosedForm, "domain mean");
        ReferenceAssert.Close(domainVar, sub.Variance, ReferenceAssert.ClosedForm, "domain var");
        Assert.Equal(4, mean.DegreesOfFreedom);
        Assert.Equal(2, sub.DegreesOfFreedom);
    }

    [Fact]
    public void MeanByGroup_ClusteredDomains_MatchesR()
    {
        // R: svymean(~y, subset(des, g == k), deff = TRUE) with survey.lonely.psu = "remove".
        var design = SurveyDesign.Create(new SurveyDesignInput { Strata = Strata, Psus = Psus, Fpc = Fpc, LonelyPsu = LonelyPsuPolicy.Remove });
        int[] groups = [0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1];

        var estimates = SurveyEstimator.MeanByGroup(design, Y, groups, 2);

        ReferenceAssert.Close(0.6470588235294118, estimates[0].Estimate, ReferenceAssert.ClosedForm, "g0 mean");
        ReferenceAssert.Close(0.014194700201812188, estimates[0].Variance, ReferenceAssert.ClosedForm, "g0 var");
        ReferenceAssert.Close(0.35221496005809727, estimates[0].Deff, ReferenceAssert.ClosedForm, "g0 deff");
        Assert.Equal(1, estimates[0].DegreesOfFreedom);
        ReferenceAssert.Close(0.47457627118644063, estimates[1].Estimate, ReferenceAssert.ClosedForm, "g1 mean");
        ReferenceAssert.Close(0.017042489697220376, estimates[1].Variance, ReferenceAssert.ClosedForm, "g1 var");
        ReferenceAssert.Close(0.49176260137201078, estimates[1].Deff, ReferenceAssert.ClosedForm, "g1 deff");
        Assert.Equal(3, estimates[1].DegreesOfFreedom);
        ReferenceAssert.Close(0.55454545454545456, estimates[2].Estimate, ReferenceAssert.ClosedForm, "whole sample mean");
    }

    [Fact]
    public void Create_LonelyPsuUnderFail_ThrowsNamingStratumAndRow()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            SurveyDesign.Create(new SurveyDesignInput { Strata = Strata, Psus = Psus, Fpc = Fpc }));
        Assert.Contains("row 10", ex.Message, StringComparison.Ordinal);
        Assert.Contains("stratum 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mean_FpcAsFractionWithWeights_MatchesR()
    {
        // svydesign(ids = ~1, strata = ~st, fpc = ~f, weights = ~w); svymean(~y, deff = TRUE)
        var design = SurveyDesign.Create(new SurveyDesignInput
        {
            Strata = [1, 1, 1, 2, 2],
            Weights = [3, 3, 4, 5, 6],
            Fpc = [0.2, 0.2, 0.2, 0.5, 0.5],
        });

        var mean = SurveyEstimator.Mean(design, [2.5, 1, 4, 3, 7]);

        ReferenceAssert.Close(3.9761904761904763, mean.Estimate, ReferenceAssert.ClosedForm, "mean");
        ReferenceAssert.Close(0.71180385230433818, mean.Variance, ReferenceAssert.ClosedForm, "var");
        ReferenceAssert.Close(0.84621508038388649, mean.Deff, ReferenceAssert.ClosedForm, "deff");
        ReferenceAssert.Close(0.6447352993401041, mean.DeffReplace, ReferenceAssert.ClosedForm, "deff replace");
    }

    [Fact]
    public void Total_FpcAsFractionWithWeights_MatchesR()
    {
        // svytotal(~y, deff = TRUE) and deff = "replace" on the same design.
        var design = SurveyDesign.Create(new SurveyDesignInput
        {
            Strata = [1, 1, 1, 2, 2],
            Weights = [3, 3, 4, 5, 6],
            Fpc = [0.2, 0.2, 0.2, 0.5, 0.5],
        });

        var total = SurveyEstimator.Total(design, [2.5, 1, 4, 3, 7]);

        ReferenceAssert.Close(83.5, total.Estimate, ReferenceAssert.ClosedForm, "total");
        ReferenceAssert.Close(469.10000000000002, total.Variance, ReferenceAssert.ClosedForm, "var");
        ReferenceAssert.Close(1.2645827984595637, total.Deff, ReferenceAssert.ClosedForm, "deff");
        ReferenceAssert.Close(0.96349165596919129, total.DeffReplace, ReferenceAssert.ClosedForm, "deff replace");
    }

    [Fact]
    public void Create_FpcWithoutWeights_DerivesNhOverNh()
    {
        var design = SurveyDesign.Create(new SurveyDesignInput { Strata = [1, 1, 2, 2, 2], Fpc = [10, 10, 30, 30, 30] });

        Assert.Equal([5.0, 5.0, 10.0, 10.0, 10.0], design.Weights.ToArray());
        Assert.Equal(3, design.DegreesOfFreedom);
    }

    [Fact]
    public void Create_MissingStratum_ThrowsNamingRow()
    {
        var ex = Assert.Throws<InvalidInputException>(() => SurveyDesign.Create(new SurveyDesignInput { Strata = [1, 1, -1, 2] }));
        Assert.Equal("row 3: column 'strata': missing stratum", ex.Message);
    }

    [Theory]
    [InlineData(0.0, "got 0")]
    [InlineData(-2.0, "got -2")]
    [InlineData(double.NaN, "got NaN")]
    public void Create_BadWeight_ThrowsNamingRowAndValue(double bad, string shown)
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            SurveyDesign.Create(new SurveyDesignInput { Weights = [1, 2, bad, 4], SourceName = "r.csv", FirstLine = 2, ColumnNames = new(Weights: "wt") }));
        Assert.StartsWith("r.csv:4: column 'wt': weight must be", ex.Message, StringComparison.Ordinal);
        Assert.Contains(shown, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FpcSmallerThanSample_Throws()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            SurveyDesign.Create(new SurveyDesignInput { Strata = [1, 1, 1, 2, 2], Fpc = [2, 2, 2, 9, 9] }));
        Assert.StartsWith("row 1: column 'fpc'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("smaller than the stratum's sample of 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FpcVaryingWithinStratum_ThrowsNamingRow()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            SurveyDesign.Create(new SurveyDesignInput { Strata = [1, 1, 1, 2, 2], Fpc = [20, 20, 21, 9, 9] }));
        Assert.StartsWith("row 3: column 'fpc': fpc 21 differs from 20", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WeightsAndProbabilities_Throws()
    {
        Assert.Throws<InvalidInputException>(() =>
            SurveyDesign.Create(new SurveyDesignInput { Weights = [1, 2], InclusionProbabilities = [0.5, 0.5] }));
    }

    [Fact]
    public void Create_InclusionProbabilities_GiveInverseWeights()
    {
        var design = SurveyDesign.Create(new SurveyDesignInput { InclusionProbabilities = [0.5, 0.25, 1] });
        Assert.Equal([2.0, 4.0, 1.0], design.Weights.ToArray());
        Assert.Equal(2, design.DegreesOfFreedom);
    }

    [Fact]
    public void Mean_EmptyDomain_ThrowsNamingDomain()
    {
        var design = SurveyDesign.Create(new SurveyDesignInput { Weights = [1, 2, 3] });
        var ex = Assert.Throws<InvalidInputException>(() =>
            ProportionEstimator.Estimate(design, "treatment", [1, 2, 8], MeasureRule.Default, CiMethodNames.AllSurvey, 0.95, new[] { false, false, true }, "crime_group", "hate"));
        Assert.Contains("'treatment where crime_group = hate' is empty", ex.Message, StringComparison.Ordinal);
    }
}
