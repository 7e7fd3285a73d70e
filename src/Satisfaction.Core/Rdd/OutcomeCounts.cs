namespace Satisfaction.Core.Rdd;

/// <summary>Counts of released numbers by AAPOR outcome symbol, with the rates the release planner needs.</summary>
public sealed record OutcomeCounts(int I, int P, int R, int NC, int O, int UH, int UO, int NE)
{
    /// <summary>All zero.</summary>
    public static OutcomeCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Every number counted.</summary>
    public int Total => I + P + R + NC + O + UH + UO + NE;

    /// <summary>
    /// e: the eligible share among numbers whose eligibility was resolved,
    /// (I+P+R+NC+O) / (I+P+R+NC+O+NE). NaN when nothing was resolved.
    /// </summary>
    public double EligibilityRate
    {
        get
        {
            var eligible = I + P + R + NC + O;
            return eligible + NE == 0 ? double.NaN : (double)eligible / (eligible + NE);
        }
    }

    /// <summary>AAPOR RR3 = I / ((I+P) + (R+NC+O) + e(UH+UO)), with e = <see cref="EligibilityRate"/>. NaN on an empty denominator.</summary>
    public double ResponseRate3
    {
        get
        {
            var e = EligibilityRate;
            var denominator = I + P + R + NC + O + ((double.IsNaN(e) ? 0 : e) * (UH + UO));
            return denominator == 0 ? double.NaN : I / denominator;
        }
    }

    /// <summary>Adds one number's outcome.</summary>
    public OutcomeCounts Add(AaporOutcome outcome) => outcome switch
    {
        AaporOutcome.Complete => this with { I = I + 1 },
        AaporOutcome.Partial => this with { P = P + 1 },
        AaporOutcome.Refusal => this with { R = R + 1 },
        AaporOutcome.NonContact => this with { NC = NC + 1 },
        AaporOutcome.Other => this with { O = O + 1 },
        AaporOutcome.UnknownHousehold => this with { UH = UH + 1 },
        AaporOutcome.UnknownOther => this with { UO = UO + 1 },
        _ => this with { NE = NE + 1 },
    };

    /// <summary>Sums two sets of counts.</summary>
    public OutcomeCounts Plus(OutcomeCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(I + other.I, P + other.P, R + other.R, NC + other.NC, O + other.O, UH + other.UH, UO + other.UO, NE + other.NE);
    }
}
