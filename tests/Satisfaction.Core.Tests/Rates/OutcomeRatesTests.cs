using Satisfaction.Core.Rates;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rates;

public sealed class OutcomeRatesTests
{
    private const int Precision = 12;

    /// <summary>
    /// 200 hand-counted cases: 40 complete (1.1), 10 partial (1.2), 12 household refusals (2.111) and 8
    /// break-offs (2.12) = 20 R, 9 no contact (2.20) and 6 messages left (2.221) = 15 NC, 3 language (2.331) and
    /// 2 unable (2.32) = 5 O, 25 no answer (3.13) and 5 always busy (3.12) = 30 UH, 10 no screener (3.21) = 10 UO,
    /// 50 non-working (4.31), 15 business (4.51) and 5 no eligible respondent (4.70) = 70 NE.
    /// </summary>
    private static IEnumerable<string> HandCounted() =>
        Repeat("1.1", 40).Concat(Repeat("1.2", 10))
            .Concat(Repeat("2.111", 12)).Concat(Repeat("2.12", 8))
            .Concat(Repeat("2.20", 9)).Concat(Repeat("2.221", 6))
            .Concat(Repeat("2.331", 3)).Concat(Repeat("2.32", 2))
            .Concat(Repeat("3.13", 25)).Concat(Repeat("3.12", 5))
            .Concat(Repeat("3.21", 10))
            .Concat(Repeat("4.31", 50)).Concat(Repeat("4.51", 15)).Concat(Repeat("4.70", 5));

    [Fact]
    public void FromCodes_MapsEveryCodeToItsSymbol()
    {
        var totals = DispositionTotals.FromCodes(HandCounted());

        Assert.Equal(new DispositionTotals(I: 40, P: 10, R: 20, NC: 15, O: 5, UH: 30, UO: 10, NE: 70), totals);
        Assert.Equal(200, totals.Total);
    }

    [Fact]
    public void Compute_EstimatedE_MatchesTheAaporDefinitionsByHand()
    {
        var rates = OutcomeRates.Compute(DispositionTotals.FromCodes(HandCounted()));

        // I+P = 50; R+NC+O = 40; UH+UO = 40; NE = 70.
        // e = (I+P+R+NC+O) / (I+P+R+NC+O+NE) = 90 / 160 = 0.5625.
        Assert.Equal(0.5625, rates.E!.Value, Precision);
        Assert.Equal(
            "e = (I+P+R+NC+O) / (I+P+R+NC+O+NE) = 90 / 160 = 0.5625, the eligible share among cases of known eligibility",
            rates.EBasis);

        // Denominators: all = 50 + 40 + 40 = 130; with e = 50 + 40 + 0.5625 * 40 = 112.5; known eligible = 90.
        Assert.Equal(40 / 130.0, rates.RR1!.Value, Precision);
        Assert.Equal(50 / 130.0, rates.RR2!.Value, Precision);
        Assert.Equal(40 / 112.5, rates.RR3!.Value, Precision);
        Assert.Equal(50 / 112.5, rates.RR4!.Value, Precision);
        Assert.Equal(40 / 90.0, rates.RR5!.Value, Precision);
        Assert.Equal(50 / 90.0, rates.RR6!.Value, Precision);

        // Cooperation: (I+P)+R+O = 50 + 20 + 5 = 75; (I+P)+R = 70.
        Assert.Equal(40 / 75.0, rates.COOP1!.Value, Precision);
        Assert.Equal(50 / 75.0, rates.COOP2!.Value, Precision);
        Assert.Equal(40 / 70.0, rates.COOP3!.Value, Precision);
        Assert.Equal(50 / 70.0, rates.COOP4!.Value, Precision);

        // Refusal: R = 20.
        Assert.Equal(20 / 130.0, rates.REF1!.Value, Precision);
        Assert.Equal(20 / 112.5, rates.REF2!.Value, Precision);
        Assert.Equal(20 / 90.0, rates.REF3!.Value, Precision);

        // Contact: (I+P)+R+O = 75.
        Assert.Equal(75 / 130.0, rates.CON1!.Value, Precision);
        Assert.Equal(75 / 112.5, rates.CON2!.Value, Precision);
        Assert.Equal(75 / 90.0, rates.CON3!.Value, Precision);
    }

    [Fact]
    public void Compute_GivenE_UsedAndStated()
    {
        var rates = OutcomeRates.Compute(DispositionTotals.FromCodes(HandCounted()), e: 0.25);

        // with e = 50 + 40 + 0.25 * 40 = 100.
        Assert.Equal(0.25, rates.E);
        Assert.Equal("e = 0.25, given", rates.EBasis);
        Assert.Equal(40 / 100.0, rates.RR3!.Value, Precision);
        Assert.Equal(50 / 100.0, rates.RR4!.Value, Precision);
        Assert.Equal(20 / 100.0, rates.REF2!.Value, Precision);
        Assert.Equal(75 / 100.0, rates.CON2!.Value, Precision);
        Assert.Equal(40 / 130.0, rates.RR1!.Value, Precision);
    }

    [Fact]
    public void Compute_EOfOneAndZero_AreRR1AndRR5()
    {
        var totals = DispositionTotals.FromCodes(HandCounted());

        Assert.Equal(OutcomeRates.Compute(totals).RR1, OutcomeRates.Compute(totals, 1).RR3);
        Assert.Equal(OutcomeRates.Compute(totals).RR5, OutcomeRates.Compute(totals, 0).RR3);
    }

    [Fact]
    public void Compute_Weighted_UsesTheWeights()
    {
        // Four cases: a complete of weight 3, a refusal of weight 1, an unknown (3.13) of weight 2, an ineligible of weight 2.
        var totals = DispositionTotals.FromWeighted([("1.1", 3.0), ("2.112", 1.0), ("3.13", 2.0), ("4.32", 2.0)]);
        var rates = OutcomeRates.Compute(totals);

        // e = (3 + 1) / (3 + 1 + 2) = 2/3; RR3 = 3 / (4 + 2/3 * 2) = 3 / (16/3) = 9/16; RR1 = 3 / 6; COOP1 = 3 / 4.
        Assert.Equal(2 / 3.0, rates.E!.Value, Precision);
        Assert.Equal(9 / 16.0, rates.RR3!.Value, Precision);
        Assert.Equal(3 / 6.0, rates.RR1!.Value, Precision);
        Assert.Equal(3 / 4.0, rates.COOP1!.Value, Precision);
    }

    [Fact]
    public void Compute_NothingCounted_EveryRateUndefinedNeverNaN()
    {
        var rates = OutcomeRates.Compute(DispositionTotals.Zero);

        Assert.Null(rates.E);
        Assert.StartsWith("e undefined", rates.EBasis);
        Assert.All(
            new[] { rates.RR1, rates.RR2, rates.RR3, rates.RR4, rates.RR5, rates.RR6, rates.COOP1, rates.COOP2, rates.COOP3, rates.COOP4, rates.REF1, rates.REF2, rates.REF3, rates.CON1, rates.CON2, rates.CON3 },
            Assert.Null);
    }

    [Fact]
    public void Compute_OnlyUnknownEligibility_EUndefined_OnlyRatesWithoutEAreDefined()
    {
        // 10 numbers never answered (3.13): e cannot be estimated; RR1 = 0 / 10 = 0; RR5 has denominator 0.
        var rates = OutcomeRates.Compute(DispositionTotals.FromCodes(Repeat("3.13", 10)));

        Assert.Null(rates.E);
        Assert.Equal(0.0, rates.RR1);
        Assert.Null(rates.RR3);
        Assert.Null(rates.RR5);
        Assert.Null(rates.COOP1);
        Assert.Equal(0.0, rates.CON1);
    }

    [Fact]
    public void Compute_NoContacts_CooperationUndefinedButResponseZero()
    {
        var rates = OutcomeRates.Compute(DispositionTotals.FromCodes(Repeat("2.20", 4).Concat(Repeat("4.10", 1))));

        // e = 4 / 5; every eligible case is a non-contact.
        Assert.Equal(0.8, rates.E!.Value, Precision);
        Assert.Equal(0.0, rates.RR3);
        Assert.Null(rates.COOP1);
        Assert.Null(rates.COOP4);
        Assert.Equal(0.0, rates.CON3);
    }

    [Fact]
    public void Compute_FromOutcomeCounts_AgreesWithTheReleasePlannersRR3()
    {
        var counts = new OutcomeCounts(I: 40, P: 5, R: 30, NC: 15, O: 10, UH: 50, UO: 10, NE: 100);

        Assert.Equal(counts.ResponseRate3, OutcomeRates.Compute(DispositionTotals.From(counts)).RR3!.Value, Precision);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Compute_EOutOfRange_Refused(double e) =>
        Assert.Throws<InvalidInputException>(() => OutcomeRates.Compute(DispositionTotals.Zero, e));

    [Fact]
    public void FromCodes_UnknownCode_SaysWhichCase()
    {
        var error = Assert.Throws<InvalidInputException>(() => DispositionTotals.FromCodes(["1.1", "5.1"]));

        Assert.Equal("case 2: '5.1' is not an AAPOR disposition code (1.1 to 4.90)", error.Message);
    }

    [Fact]
    public void FromWeighted_NegativeWeight_Refused()
    {
        var error = Assert.Throws<InvalidInputException>(() => DispositionTotals.FromWeighted([("1.1", -1.0)]));

        Assert.StartsWith("case 1: weight -1", error.Message);
    }

    private static IEnumerable<string> Repeat(string code, int count) => Enumerable.Repeat(code, count);
}
