using System.Text.Json;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>Every estimate block of uss_small (overall and by crime group) against R survey 4.1-1.</summary>
public sealed class ProportionEstimatorTests
{
    private static readonly Lazy<UssSmallData> Data = new(UssSmallData.Load);

    public static TheoryData<string, string?> Blocks()
    {
        var data = new TheoryData<string, string?>();
        foreach (var measure in UssSmallData.Measures)
        {
            data.Add(measure, null);
            foreach (var group in UssSmallData.CrimeGroups)
            {
                data.Add(measure, group);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Estimate_UssSmallBlock_MatchesR(string measure, string? group)
    {
        // Given
        var data = Data.Value;
        var design = data.Design();
        var expected = group is null
            ? data.Expected.GetProperty("overall").GetProperty(measure)
            : data.Expected.GetProperty("by_crime_group").GetProperty(measure).GetProperty(group);
        var domain = group is null ? default : data.Is("crime_group", group).AsSpan();

        // When
        var actual = ProportionEstimator.Estimate(
            design, measure, data.Numbers(measure), MeasureRule.Default, CiMethodNames.AllSurvey, 0.95, domain, group is null ? null : "crime_group", group);

        // Then
        AssertBlock(expected, actual, $"{measure}/{group ?? "overall"}");
        Assert.Equal(group, actual.Domain);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EstimateByGroup_UssSmall_EveryBlockMatchesR(bool withLikelihood)
    {
        // Given (without the likelihood interval the two-pass path for all domains at once is used)
        var data = Data.Value;
        var design = data.Design();
        var groups = data.Codes("crime_group");
        var levels = data.Columns["crime_group"].Distinct().ToList();
        var methods = withLikelihood ? CiMethodNames.AllSurvey : CiMethodNames.AllSurvey.Where(m => m != SurveyCiMethod.Likelihood).ToList();

        foreach (var measure in UssSmallData.Measures)
        {
            // When
            var indicator = ProportionEstimator.Indicators(data.Numbers(measure), MeasureRule.Default);
            var blocks = ProportionEstimator.EstimateByGroup(design, measure, indicator, methods, 0.95, "crime_group", groups, levels);

            // Then
            Assert.Equal(5, blocks.Count);
            AssertBlock(data.Expected.GetProperty("overall").GetProperty(measure), blocks[0], measure, methods.Count);
            foreach (var block in blocks.Skip(1))
            {
                Assert.Equal("crime_group", block.By);
                AssertBlock(data.Expected.GetProperty("by_crime_group").GetProperty(measure).GetProperty(block.Domain!), block, $"{measure}/{block.Domain}", methods.Count);
            }
        }
    }

    internal static void AssertBlock(JsonElement expected, ProportionEstimate actual, string what, int methodCount = 6)
    {
        Assert.Equal(expected.GetProperty("n").GetInt32(), actual.N);
        Assert.Equal(expected.GetProperty("n_yes").GetInt32(), actual.NYes);
        Assert.Equal(expected.GetProperty("degf").GetInt32(), actual.Degf);
        Assert.Equal(expected.GetProperty("ci_level").GetDouble(), actual.CiLevel);
        Check(expected, "sum_weights", actual.SumWeights, what);
        Check(expected, "unweighted_proportion", actual.UnweightedProportion, what);
        Check(expected, "proportion", actual.Proportion, what);
        Check(expected, "se", actual.Se, what);
        Check(expected, "var", actual.Var, what);
        Check(expected, "deff", actual.Deff, what);
        Check(expected, "deff_replace", actual.DeffReplace, what);
        var ci = expected.GetProperty("ci");
        var checkedMethods = 0;
        foreach (var method in ci.EnumerateObject())
        {
            if (!actual.Ci.Any(kv => kv.Key == method.Name))
            {
                continue;
            }

            var bounds = actual.Ci.Single(kv => kv.Key == method.Name).Value;
            var tolerance = method.Name == "likelihood" ? ReferenceAssert.Iterative : ReferenceAssert.ClosedForm;
            ReferenceAssert.Close(method.Value[0].GetDouble(), bounds.Lower, tolerance, $"{what} ci.{method.Name} lower");
            ReferenceAssert.Close(method.Value[1].GetDouble(), bounds.Upper, tolerance, $"{what} ci.{method.Name} upper");
            checkedMethods++;
        }

        Assert.Equal(methodCount, checkedMethods);
    }

    private static void Check(JsonElement expected, string key, double actual, string what) =>
        ReferenceAssert.Close(expected.GetProperty(key).GetDouble(), actual, ReferenceAssert.ClosedForm, $"{what} {key}");
}
