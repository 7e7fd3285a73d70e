using System.Globalization;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Rates;

/// <summary>
/// Cases (or their weights) by AAPOR outcome symbol: I complete, P partial, R refusal and break-off, NC
/// non-contact, O other eligible, UH unknown if household, UO unknown other, NE not eligible. Codes map as in
/// <see cref="AaporDispositions"/>: 1.1→I, 1.2→P, 2.1x→R, 2.2x→NC, 2.3x/2.9x→O, 3.1x→UH, 3.2x/3.9x→UO, 4.x→NE.
/// </summary>
/// <param name="I">Complete interviews.</param>
/// <param name="P">Partial interviews.</param>
/// <param name="R">Refusals and break-offs.</param>
/// <param name="NC">Non-contacts.</param>
/// <param name="O">Other eligible non-interviews.</param>
/// <param name="UH">Unknown if household / occupied.</param>
/// <param name="UO">Unknown eligibility, other.</param>
/// <param name="NE">Not eligible.</param>
public sealed record DispositionTotals(double I, double P, double R, double NC, double O, double UH, double UO, double NE)
{
    /// <summary>All zero.</summary>
    public static DispositionTotals Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Every case (or weight) counted.</summary>
    public double Total => I + P + R + NC + O + UH + UO + NE;

    /// <summary>Counts one case per code.</summary>
    /// <exception cref="InvalidInputException">A code is not an AAPOR disposition; the message gives its position (1-based) and value.</exception>
    public static DispositionTotals FromCodes(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return FromWeighted(codes.Select(c => (c, 1.0)));
    }

    /// <summary>Sums case weights per symbol (outcomerate's weighted rates).</summary>
    /// <exception cref="InvalidInputException">
    /// A code is not an AAPOR disposition, or a weight is negative, NaN or infinite; the message gives the
    /// case's position (1-based) and the value.
    /// </exception>
    public static DispositionTotals FromWeighted(IEnumerable<(string Code, double Weight)> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var sums = new double[8];
        var position = 0;
        foreach (var (code, weight) in cases)
        {
            position++;
            if (!AaporDispositions.TryClassify(code?.Trim(), out var outcome))
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"case {position}: '{code}' is not an AAPOR disposition code (1.1 to 4.90)"));
            }

            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"case {position}: weight {weight} must be a finite number, 0 or more"));
            }

            sums[(int)outcome] += weight;
        }

        return FromArray(sums);
    }

    /// <summary>The same counts as an existing <see cref="OutcomeCounts"/>.</summary>
    public static DispositionTotals From(OutcomeCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts.I, counts.P, counts.R, counts.NC, counts.O, counts.UH, counts.UO, counts.NE);
    }

    /// <summary>Sums two sets of totals.</summary>
    public DispositionTotals Plus(DispositionTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(I + other.I, P + other.P, R + other.R, NC + other.NC, O + other.O, UH + other.UH, UO + other.UO, NE + other.NE);
    }

    private static DispositionTotals FromArray(double[] s) =>
        new(
            s[(int)AaporOutcome.Complete],
            s[(int)AaporOutcome.Partial],
            s[(int)AaporOutcome.Refusal],
            s[(int)AaporOutcome.NonContact],
            s[(int)AaporOutcome.Other],
            s[(int)AaporOutcome.UnknownHousehold],
            s[(int)AaporOutcome.UnknownOther],
            s[(int)AaporOutcome.NotEligible]);
}
