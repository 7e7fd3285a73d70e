using Satisfaction.Core.Sampling;

namespace Satisfaction.Core.Tests.Sampling;

public sealed class StratumAllocatorTests
{
    private static StratumFrame[] Frames(params (string Key, int N)[] strata) =>
        [.. strata.Select(s => StratumFrame.Of(s.Key, s.Key, s.N))];

    private static int[] Sizes(IReadOnlyList<StratumFrame> frames, AllocationOptions options) =>
        [.. StratumAllocator.Allocate(frames, options).Select(a => a.SampleSize)];

    [Fact]
    public void Census_TakesEveryRecord()
    {
        Assert.Equal([7, 0, 30], Sizes(Frames(("a", 7), ("b", 0), ("c", 30)), new AllocationOptions { Method = AllocationMethod.Census }));
    }

    [Fact]
    public void Census_MaxPerStratum_Caps()
    {
        Assert.Equal([7, 10], Sizes(Frames(("a", 7), ("b", 30)), new AllocationOptions { Method = AllocationMethod.Census, MaxPerStratum = 10 }));
    }

    [Fact]
    public void Proportional_HandComputed()
    {
        // n = 100 over N = 100, 300, 600: 10, 30, 60.
        Assert.Equal([10, 30, 60], Sizes(Frames(("a", 100), ("b", 300), ("c", 600)), new AllocationOptions { Method = AllocationMethod.Proportional, SampleSize = 100 }));
    }

    [Fact]
    public void Proportional_LargestRemainderRounding()
    {
        // n = 10 over N = 1, 1, 1: shares 3.33 each; the spare unit goes to the first key (ties broken by key).
        Assert.Equal([4, 3, 3], Sizes(Frames(("a", 1000), ("b", 1000), ("c", 1000)), new AllocationOptions { Method = AllocationMethod.Proportional, SampleSize = 10 }));
        // N = 50, 30, 20 and n = 7: shares 3.5, 2.1, 1.4 -> floors 3, 2, 1, remaining 1 to the largest remainder (a).
        Assert.Equal([4, 2, 1], Sizes(Frames(("a", 50), ("b", 30), ("c", 20)), new AllocationOptions { Method = AllocationMethod.Proportional, SampleSize = 7 }));
    }

    [Fact]
    public void Equal_SmallStratumCapped_SurplusRedistributed()
    {
        // n = 90 over 3 strata is 30 each, but a has only 10: its 20 spare go 10 + 10 to b and c.
        Assert.Equal([10, 40, 40], Sizes(Frames(("a", 10), ("b", 100), ("c", 100)), new AllocationOptions { Method = AllocationMethod.Equal, SampleSize = 90 }));
    }

    [Fact]
    public void Neyman_HandComputed()
    {
        // N·S: 100·sqrt(.5·.5) = 50 and 200·sqrt(.9·.1) = 60, n = 110 -> 50, 60.
        var options = new AllocationOptions
        {
            Method = AllocationMethod.Neyman,
            SampleSize = 110,
            ExpectedProportions = new Dictionary<string, double> { ["a"] = 0.5, ["b"] = 0.9 },
        };

        Assert.Equal([50, 60], Sizes(Frames(("a", 100), ("b", 200)), options));
    }

    [Fact]
    public void Proportional_MoreThanAvailable_TakesAll()
    {
        Assert.Equal([5, 8], Sizes(Frames(("a", 5), ("b", 8)), new AllocationOptions { Method = AllocationMethod.Proportional, SampleSize = 100 }));
    }

    [Fact]
    public void MaxPerDraw_ScalesDown()
    {
        // Census of 60 + 40 capped at 50 per draw: 30 + 20.
        Assert.Equal([30, 20], Sizes(Frames(("a", 60), ("b", 40)), new AllocationOptions { Method = AllocationMethod.Census, MaxPerDraw = 50 }));
    }

    [Fact]
    public void MaxPerStratum_Proportional_RedistributesToOthers()
    {
        // n = 60 over N = 500, 100: proportional 50/10; cap 40 -> 40 and 20.
        Assert.Equal([40, 20], Sizes(Frames(("a", 500), ("b", 100)), new AllocationOptions { Method = AllocationMethod.Proportional, SampleSize = 60, MaxPerStratum = 40 }));
    }

    [Theory]
    [InlineData(0.5, 0.03, 1.0, 1.0, 1068)] // domain.md §6.5: n ≈ 1,068
    [InlineData(0.8, 0.03, 1.0, 1.0, 683)]  // domain.md §6.5: n ≈ 683
    [InlineData(0.8, 0.03, 1.2, 0.5, 1640)] // 1.959964² · 0.16 · 1.2 / (0.0009 · 0.5) = 1639.04
    [InlineData(0.74, 0.03, 1.0, 0.5, 1643)] // 3.841459 · 0.1924 / 0.00045 = 1642.44, rounded up
    [InlineData(0.5, 0.05, 1.5, 0.45, 1281)] // 3.841459 · 0.25 · 1.5 / (0.0025 · 0.45) = 1280.49
    public void CasesToIssue_MatchesPlanningFormula(double p, double e, double deff, double rr, int expected)
    {
        Assert.Equal(expected, SampleSizePlanner.CasesToIssue(p, e, 0.95, deff, rr));
    }

    [Fact]
    public void TargetPerDraw_SpreadsAnnualOverWeeks()
    {
        var options = new AllocationOptions { DefaultExpectedProportion = 0.8, DesignEffect = 1.0, ResponseRate = 0.5, DrawsPerYear = 52 };

        var perDraw = StratumAllocator.TargetPerDraw(["burglary", "vehicle"], options);

        // Annual 1366 per group (683/0.5) -> ceil(1366/52) = 27 per weekly draw.
        Assert.Equal(27, perDraw["burglary"]);
        Assert.Equal(27, perDraw["vehicle"]);
    }

    [Fact]
    public void TargetPerDraw_OneGroupBelowForceNeed_ScaledUpToForce()
    {
        // Force p = 0.5 needs 1068 a year; a single group with p = 0.9 needs only 385: scaled to the force's 1068.
        var options = new AllocationOptions
        {
            DefaultExpectedProportion = 0.5,
            ExpectedProportions = new Dictionary<string, double> { ["g"] = 0.9 },
            DesignEffect = 1,
            ResponseRate = 1,
            DrawsPerYear = 52,
        };

        Assert.Equal(21, StratumAllocator.TargetPerDraw(["g"], options)["g"]); // ceil(1068 / 52) = 21
    }

    [Fact]
    public void TargetPrecision_SplitsGroupTargetAcrossDivisionsByEligibleCount()
    {
        var options = new AllocationOptions { DefaultExpectedProportion = 0.8, DesignEffect = 1.0, ResponseRate = 0.5 };
        StratumFrame[] frames =
        [
            StratumFrame.Of("burglary/EAST", "burglary", 100),
            StratumFrame.Of("burglary/WEST", "burglary", 35),
            StratumFrame.Of("burglary/SOUTH", "burglary", 5),
            StratumFrame.Of("vehicle/EAST", "vehicle", 10),
        ];

        // burglary 27 per draw over 100:35:5 = 19.29, 6.75, 0.96 -> 19, 7, 1; vehicle 27 but only 10 eligible.
        Assert.Equal([19, 7, 1, 10], Sizes(frames, options with { Method = AllocationMethod.TargetPrecision }));
    }

    [Fact]
    public void InclusionProbability_IsNOverN()
    {
        var a = StratumAllocator.Allocate(Frames(("a", 40)), new AllocationOptions { Method = AllocationMethod.Proportional, SampleSize = 10 }).Single();

        Assert.Equal(0.25, a.InclusionProbability);
    }
}
