using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rdd;

public sealed class AaporDispositionsTests
{
    [Theory]
    [InlineData("1.1", AaporOutcome.Complete)]
    [InlineData("1.2", AaporOutcome.Partial)]
    [InlineData("2.111", AaporOutcome.Refusal)]
    [InlineData("2.12", AaporOutcome.Refusal)]
    [InlineData("2.221", AaporOutcome.NonContact)]
    [InlineData("2.33", AaporOutcome.Other)]
    [InlineData("3.11", AaporOutcome.UnknownHousehold)]
    [InlineData("3.16", AaporOutcome.UnknownHousehold)]
    [InlineData("3.21", AaporOutcome.UnknownOther)]
    [InlineData("3.91", AaporOutcome.UnknownOther)]
    [InlineData("4.10", AaporOutcome.NotEligible)]
    [InlineData("4.32", AaporOutcome.NotEligible)]
    public void Classify_KnownCodes_MapToTheirSymbol(string code, AaporOutcome expected) =>
        Assert.Equal(expected, AaporDispositions.Classify(code));

    [Theory]
    [InlineData("")]
    [InlineData("5.1")]
    [InlineData("1.3")]
    [InlineData("1-1")]
    [InlineData("2.x")]
    public void TryClassify_UnknownCodes_False(string code) =>
        Assert.False(AaporDispositions.TryClassify(code, out _));

    [Fact]
    public void OutcomeCounts_Rates_MatchTheAaporFormulas()
    {
        var counts = new OutcomeCounts(I: 40, P: 5, R: 30, NC: 15, O: 10, UH: 50, UO: 10, NE: 100);

        // e = 100 / 200 = 0.5; RR3 = 40 / (45 + 55 + 0.5 * 60) = 40 / 130
        Assert.Equal(0.5, counts.EligibilityRate, 12);
        Assert.Equal(40.0 / 130, counts.ResponseRate3, 12);
        Assert.Equal(260, counts.Total);
        Assert.True(double.IsNaN(OutcomeCounts.Zero.ResponseRate3));
    }
}
