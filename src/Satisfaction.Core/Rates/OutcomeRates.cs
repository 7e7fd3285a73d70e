using System.Globalization;

namespace Satisfaction.Core.Rates;

/// <summary>
/// AAPOR response (RR1-RR6), cooperation (COOP1-COOP4), refusal (REF1-REF3) and contact (CON1-CON3) rates
/// from disposition totals (Standard Definitions; the same formulas as R's <c>outcomerate</c>). Counts or
/// case-weighted totals alike.
/// </summary>
public static class OutcomeRates
{
    /// <summary>Computes every rate.</summary>
    /// <param name="totals">Counts or weighted totals by symbol.</param>
    /// <param name="e">
    /// The share of unknown-eligibility cases (UH, UO) taken as eligible, 0 to 1. Null (default): estimated as
    /// the eligible share among cases whose eligibility is known, (I+P+R+NC+O) / (I+P+R+NC+O+NE), undefined
    /// (null) when no case's eligibility is known.
    /// </param>
    /// <exception cref="InvalidInputException"><paramref name="e"/> is not a number from 0 to 1.</exception>
    public static OutcomeRateSet Compute(DispositionTotals totals, double? e = null)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (e is { } given && (!double.IsFinite(given) || given < 0 || given > 1))
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"e = {given} must be a number from 0 to 1"));
        }

        var t = totals;
        var interviews = t.I + t.P;
        var eligible = interviews + t.R + t.NC + t.O;
        var unknown = t.UH + t.UO;
        var contacted = interviews + t.R + t.O;

        string basis;
        if (e is { } explicitE)
        {
            basis = Invariant($"e = {explicitE:0.####}, given");
        }
        else if (eligible + t.NE > 0)
        {
            e = eligible / (eligible + t.NE);
            basis = Invariant($"e = (I+P+R+NC+O) / (I+P+R+NC+O+NE) = {eligible:0.####} / {eligible + t.NE:0.####} = {e:0.####}, the eligible share among cases of known eligibility");
        }
        else
        {
            basis = "e undefined: no case of known eligibility (I+P+R+NC+O+NE = 0); RR3, RR4, REF2 and CON2 are undefined";
        }

        var all = eligible + unknown;
        double? withE = e is { } ev ? eligible + (ev * unknown) : null;
        return new OutcomeRateSet(
            totals,
            e,
            basis,
            RR1: Ratio(t.I, all),
            RR2: Ratio(interviews, all),
            RR3: Ratio(t.I, withE),
            RR4: Ratio(interviews, withE),
            RR5: Ratio(t.I, eligible),
            RR6: Ratio(interviews, eligible),
            COOP1: Ratio(t.I, interviews + t.R + t.O),
            COOP2: Ratio(interviews, interviews + t.R + t.O),
            COOP3: Ratio(t.I, interviews + t.R),
            COOP4: Ratio(interviews, interviews + t.R),
            REF1: Ratio(t.R, all),
            REF2: Ratio(t.R, withE),
            REF3: Ratio(t.R, eligible),
            CON1: Ratio(contacted, all),
            CON2: Ratio(contacted, withE),
            CON3: Ratio(contacted, eligible));
    }

    private static double? Ratio(double numerator, double? denominator) =>
        denominator is { } d && d > 0 ? numerator / d : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
