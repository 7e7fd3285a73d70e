namespace Satisfaction.Core.Rdd;

/// <summary>
/// Maps AAPOR RDD telephone disposition codes (e.g. <c>1.1</c>, <c>2.111</c>, <c>3.13</c>, <c>4.32</c>) to
/// outcome-rate symbols: 1.1→I, 1.2→P, 2.1x→R, 2.2x→NC, 2.3x/2.9x→O, 3.1x→UH, 3.2x/3.9x→UO, 4.x→NE.
/// </summary>
public static class AaporDispositions
{
    /// <summary>The disposition of a number never attempted (3.11, unknown if household).</summary>
    public const string NotAttempted = "3.11";

    /// <summary>Classifies a code; false when it is not of the form <c>D.DDD</c> with a known class.</summary>
    public static bool TryClassify(string? code, out AaporOutcome outcome)
    {
        outcome = default;
        if (code is null || code.Length < 3 || code[1] != '.' || code.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var first = code[2];
        AaporOutcome? result = code[0] switch
        {
            '1' => first switch { '1' => AaporOutcome.Complete, '2' => AaporOutcome.Partial, _ => null },
            '2' => first switch
            {
                '1' => AaporOutcome.Refusal,
                '2' => AaporOutcome.NonContact,
                '3' or '9' => AaporOutcome.Other,
                _ => null,
            },
            '3' => first switch
            {
                '1' => AaporOutcome.UnknownHousehold,
                '2' or '9' => AaporOutcome.UnknownOther,
                _ => null,
            },
            '4' => AaporOutcome.NotEligible,
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        outcome = result.Value;
        return true;
    }

    /// <summary>Classifies a code.</summary>
    /// <exception cref="ArgumentException">The code is not a known AAPOR RDD disposition.</exception>
    public static AaporOutcome Classify(string code) =>
        TryClassify(code, out var outcome)
            ? outcome
            : throw new ArgumentException($"'{code}' is not an AAPOR RDD disposition code (1.1 to 4.90).", nameof(code));
}
