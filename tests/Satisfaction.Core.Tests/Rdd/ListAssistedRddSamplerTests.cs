using MathNet.Numerics.Distributions;
using Satisfaction.Core.Phones;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rdd;

public sealed class ListAssistedRddSamplerTests
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    [Fact]
    public void Draw_ManySeeds_UniformAcrossKeptBanks()
    {
        // Given the demo banks (a copy) (1+ threshold) and 200 seeded draws of 100 numbers each
        var banks = TestBanks.Load();
        var kept = banks.Where(b => b.ListedResidential >= 1).Select(b => b.Prefix).ToList();
        var counts = kept.ToDictionary(p => p, _ => 0L, StringComparer.Ordinal);

        // When
        for (var seed = 1; seed <= 200; seed++)
        {
            foreach (var number in ListAssistedRddSampler.Draw(banks, 100, None, None, new SeededRandom(seed)).Numbers)
            {
                counts[number.BankPrefix]++;
            }
        }

        // Then the bank counts fit equal probabilities (chi-square, alpha 0.001)
        AssertUniform(counts.Values.ToArray());
    }

    [Fact]
    public void Draw_ManySeeds_UniformFinalTwoDigits()
    {
        var banks = TestBanks.Load();
        var lastTwo = new long[100];
        var lastOne = new long[10];
        for (var seed = 1; seed <= 200; seed++)
        {
            foreach (var number in ListAssistedRddSampler.Draw(banks, 100, None, None, new SeededRandom(1000 + seed)).Numbers)
            {
                var digits = int.Parse(number.E164.AsSpan(number.E164.Length - 2), System.Globalization.CultureInfo.InvariantCulture);
                lastTwo[digits]++;
                lastOne[digits % 10]++;
            }
        }

        AssertUniform(lastTwo);
        AssertUniform(lastOne);
    }

    [Fact]
    public void Draw_Result_DistinctValidGeographicFromKeptBanksOnly()
    {
        var banks = TestBanks.Load();
        var keptPrefixes = banks.Where(b => b.ListedResidential >= 5).Select(b => b.Prefix).ToHashSet(StringComparer.Ordinal);

        var result = ListAssistedRddSampler.Draw(banks, 2000, None, None, new SeededRandom(7), new ListAssistedRddOptions { MinimumListed = 5 });

        Assert.Equal(2000, result.Numbers.Count);
        Assert.Equal(result.Numbers.Count, result.Numbers.Select(n => n.E164).Distinct(StringComparer.Ordinal).Count());
        Assert.All(result.Numbers, n => Assert.Contains(n.BankPrefix, keptPrefixes));
        Assert.All(result.Numbers, n => Assert.True(UkPhoneNumbers.IsGeographicFixedLine(n.E164), n.BankPrefix));
        Assert.All(result.Numbers, n => Assert.StartsWith("+44" + n.BankPrefix, n.E164, StringComparison.Ordinal));
        Assert.Equal(keptPrefixes.Count, result.KeptBanks);
        Assert.Equal(banks.Count - keptPrefixes.Count, result.DroppedBanks);
    }

    [Fact]
    public void Draw_DrawnBeforeAndDoNotCall_AreNeverDrawn()
    {
        // Given one month already drawn and half of every bank's numbers on the do-not-call list
        var banks = TestBanks.Load().Where(b => b.ListedResidential > 0).Take(20).ToList();
        var first = ListAssistedRddSampler.Draw(banks, 300, None, None, new SeededRandom(1));
        var before = first.Numbers.Select(n => n.E164).ToHashSet(StringComparer.Ordinal);
        var doNotCall = banks.SelectMany(b => Enumerable.Range(0, 50).Select(d => b.NumberAt(d * 2))).ToHashSet(StringComparer.Ordinal);

        // When the next month is drawn
        var second = ListAssistedRddSampler.Draw(banks, 500, before, doNotCall, new SeededRandom(2));

        // Then none of its numbers was drawn before or is on the list
        Assert.Equal(500, second.Numbers.Count);
        Assert.DoesNotContain(second.Numbers, n => before.Contains(n.E164));
        Assert.DoesNotContain(second.Numbers, n => doNotCall.Contains(n.E164));
        Assert.True(second.RejectedDoNotCall > 0);
        Assert.True(second.RejectedAlreadyDrawn > 0);
    }

    [Fact]
    public void Draw_MoreThanTheFrameHolds_DrawsEveryCallableNumberOnceAndReportsShortfall()
    {
        var banks = new[] { new NumberBank("0113", "49600", 3), new NumberBank("0161", "49605", 1) };
        var doNotCall = new HashSet<string>(StringComparer.Ordinal) { "+441134960001", "+441614960599" };

        var result = ListAssistedRddSampler.Draw(banks, 250, None, doNotCall, new SeededRandom(3));

        Assert.Equal(198, result.Numbers.Count);
        Assert.Equal(52, result.Shortfall);
        Assert.Equal(198, result.Numbers.Select(n => n.E164).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(result.Numbers, n => doNotCall.Contains(n.E164));
    }

    [Fact]
    public void Draw_BankOfInvalidNumbers_RejectsThemAll()
    {
        var banks = new[] { new NumberBank("010", "000000", 9), new NumberBank("0113", "49600", 9) };

        var result = ListAssistedRddSampler.Draw(banks, 50, None, None, new SeededRandom(4));

        Assert.Equal(50, result.Numbers.Count);
        Assert.All(result.Numbers, n => Assert.Equal("11349600", n.BankPrefix));
        Assert.True(result.RejectedInvalid > 0);
    }

    [Fact]
    public void Draw_SameSeedAnyBankOrder_SameNumbers()
    {
        var banks = TestBanks.Load();
        var reversed = banks.Reverse().ToList();

        var a = ListAssistedRddSampler.Draw(banks, 300, None, None, new SeededRandom(99));
        var b = ListAssistedRddSampler.Draw(reversed, 300, None, None, new SeededRandom(99));
        var c = ListAssistedRddSampler.Draw(banks, 300, None, None, new SeededRandom(100));

        Assert.Equal(a.Numbers, b.Numbers);
        Assert.NotEqual(a.Numbers, c.Numbers);
    }

    [Fact]
    public void Draw_ThresholdZero_KeepsEmptyBanks()
    {
        var banks = new[] { new NumberBank("0113", "49600", 0), new NumberBank("0113", "49601", 0) };

        Assert.Empty(ListAssistedRddSampler.Draw(banks, 10, None, None, new SeededRandom(5)).Numbers);
        Assert.Equal(10, ListAssistedRddSampler.Draw(banks, 10, None, None, new SeededRandom(5), new ListAssistedRddOptions { MinimumListed = 0 }).Numbers.Count);
    }

    private static void AssertUniform(long[] observed)
    {
        var total = observed.Sum();
        var expected = (double)total / observed.Length;
        var chiSquare = observed.Sum(o => (o - expected) * (o - expected) / expected);
        var critical = ChiSquared.InvCDF(observed.Length - 1, 0.999);
        Assert.True(chiSquare < critical, $"chi-square {chiSquare:F1} >= {critical:F1} with {observed.Length - 1} df");
    }
}
