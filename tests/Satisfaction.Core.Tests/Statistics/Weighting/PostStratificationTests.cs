using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class PostStratificationTests
{
    [Fact]
    public void Apply_MeetsPopulationTotalsExactly()
    {
        var rdd = RefDataset.Rdd;
        var district = rdd.Margins[2];

        var result = PostStratification.Apply(rdd.BaseWeights, district);

        for (var l = 0; l < district.LevelCount; l++)
        {
            var total = Enumerable.Range(0, 600).Where(i => district.Codes[i] == l).Sum(i => result.Weights[i]);
            RefDataset.AssertRelative(district.Totals[l], total, 1e-12, district.LevelName(l));
        }
    }

    [Fact]
    public void Apply_DistrictPostStrata_WeightsAndAgreeSesMatchRPostStratify()
    {
        // R 4.2.2 / survey 4.1-1, tools/r/weighting_poststratify_check.R (output beside it): postStratify(des0, ~district, pop).
        var rdd = RefDataset.Rdd;
        var codes = rdd.ConfidenceCode;
        var result = PostStratification.Apply(rdd.BaseWeights, rdd.Margins[2]);

        RefDataset.AssertRelative(3538.627450980392, result.Weights[0], 1e-12, "w1");
        RefDataset.AssertRelative(2232.7037037037035, result.Weights[599], 1e-12, "w600");
        var (pAll, seAll) = SimpleLinearisation.Proportion(result.Weights, _ => true, i => codes[i] <= 2, result.Adjustment);
        var (pEx, seEx) = SimpleLinearisation.Proportion(result.Weights, i => codes[i] != 6, i => codes[i] <= 2, result.Adjustment);
        RefDataset.AssertRelative(0.4817240259701952, pAll, 1e-9, "p all");
        RefDataset.AssertRelative(0.02186500233854357, seAll, 1e-9, "se all");
        RefDataset.AssertRelative(0.5059259134205365, pEx, 1e-9, "p excl");
        RefDataset.AssertRelative(0.022388159055901132, seEx, 1e-9, "se excl");
    }

    [Fact]
    public void Apply_EstimatedTotalOfAPostStratum_HasZeroVariance()
    {
        var rdd = RefDataset.Rdd;
        var district = rdd.Margins[2];
        var result = PostStratification.Apply(rdd.BaseWeights, district);
        var x = Enumerable.Range(0, 600).Select(i => district.Codes[i] == 3 ? result.Weights[i] : 0).ToArray();

        result.Adjustment.Residualize(x);

        Assert.All(x, v => Assert.True(Math.Abs(v) < 1e-9));
    }

    [Fact]
    public void Adjustments_MarginIndicatorTotals_HaveNoVarianceLeft()
    {
        var rdd = RefDataset.Rdd;
        var raked = Raking.Rake(rdd.BaseWeights, rdd.Margins, new RakingOptions { Epsilon = 1e-13, MaxIterations = 500 });
        var cal = Calibration.Calibrate(rdd.BaseWeights, rdd.Margins);
        var age = rdd.Margins[0];

        var xr = Enumerable.Range(0, 600).Select(i => age.Codes[i] == 1 ? raked.Weights[i] : 0).ToArray();
        var xc = Enumerable.Range(0, 600).Select(i => age.Codes[i] == 1 ? cal.Weights[i] : 0).ToArray();
        raked.Adjustment.Residualize(xr);
        cal.Adjustment!.Residualize(xc);

        Assert.All(xr, v => Assert.True(Math.Abs(v) < 1e-3, v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(xc, v => Assert.True(Math.Abs(v) < 1e-6));
    }
}
