using Satisfaction.Core.Phones;
using Satisfaction.Core.Randomness;

namespace Satisfaction.Core.Rdd;

/// <summary>
/// List-assisted random digit dialling (Casady and Lepkowski): keep the 100-banks with at least
/// <see cref="ListAssistedRddOptions.MinimumListed"/> listed residential numbers, then draw numbers
/// uniformly and without replacement from the kept banks: a bank with probability proportional to its
/// size (all banks hold 100, so uniformly), then its last two digits uniformly.
/// </summary>
/// <remarks>
/// A candidate that was drawn before (this draw or any earlier one), is on the do-not-call list, or is
/// not a valid UK geographic fixed-line number is rejected and drawn again, which keeps every remaining
/// callable number equally likely. When rejections pile up (a nearly exhausted frame), the remaining
/// callable numbers are enumerated and drawn from directly, so the draw always ends.
/// </remarks>
public static class ListAssistedRddSampler
{
    /// <summary>Draws <paramref name="count"/> fresh numbers.</summary>
    /// <param name="banks">The bank list (any order: banks are sorted by prefix, so order does not change the draw).</param>
    /// <param name="count">Numbers wanted, 0 or more.</param>
    /// <param name="drawnBefore">E.164 numbers drawn by earlier releases (never drawn again).</param>
    /// <param name="doNotCall">E.164 numbers that must never be called.</param>
    /// <param name="random">The seeded generator (store its seed with the release).</param>
    /// <param name="options">Threshold for keeping banks; default keeps 1+ banks.</param>
    public static RddDrawResult Draw(
        IReadOnlyList<NumberBank> banks,
        int count,
        IReadOnlySet<string> drawnBefore,
        IReadOnlySet<string> doNotCall,
        SeededRandom random,
        ListAssistedRddOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(banks);
        ArgumentNullException.ThrowIfNull(drawnBefore);
        ArgumentNullException.ThrowIfNull(doNotCall);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        options ??= new ListAssistedRddOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinimumListed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinimumListed, NumberBank.Size);

        var kept = banks.Where(b => b.ListedResidential >= options.MinimumListed)
            .OrderBy(b => b.Prefix, StringComparer.Ordinal)
            .ToArray();
        var drawn = new List<RddDrawnNumber>(count);
        var drawnNow = new HashSet<string>(StringComparer.Ordinal);
        int duplicates = 0, dnc = 0, invalid = 0;
        var maxAttempts = (20L * count) + 1000;
        for (var attempt = 0L; drawn.Count < count && kept.Length > 0 && attempt < maxAttempts; attempt++)
        {
            var bank = kept[random.NextInt32(kept.Length)];
            var e164 = bank.NumberAt(random.NextInt32(NumberBank.Size));
            switch (Check(e164, drawnNow, drawnBefore, doNotCall))
            {
                case Rejection.None:
                    drawnNow.Add(e164);
                    drawn.Add(new RddDrawnNumber(e164, bank.Prefix));
                    break;
                case Rejection.AlreadyDrawn:
                    duplicates++;
                    break;
                case Rejection.DoNotCall:
                    dnc++;
                    break;
                default:
                    invalid++;
                    break;
            }
        }

        if (drawn.Count < count && kept.Length > 0)
        {
            DrawFromRemainder(kept, count - drawn.Count, drawn, drawnNow, drawnBefore, doNotCall, random);
        }

        return new RddDrawResult(drawn, count, kept.Length, banks.Count - kept.Length, duplicates, dnc, invalid);
    }

    private static Rejection Check(string e164, HashSet<string> drawnNow, IReadOnlySet<string> drawnBefore, IReadOnlySet<string> doNotCall)
    {
        if (drawnNow.Contains(e164) || drawnBefore.Contains(e164))
        {
            return Rejection.AlreadyDrawn;
        }

        if (doNotCall.Contains(e164))
        {
            return Rejection.DoNotCall;
        }

        return UkPhoneNumbers.IsGeographicFixedLine(e164) ? Rejection.None : Rejection.Invalid;
    }

    private static void DrawFromRemainder(
        NumberBank[] kept,
        int needed,
        List<RddDrawnNumber> drawn,
        HashSet<string> drawnNow,
        IReadOnlySet<string> drawnBefore,
        IReadOnlySet<string> doNotCall,
        SeededRandom random)
    {
        var remaining = new List<RddDrawnNumber>();
        foreach (var bank in kept)
        {
            for (var d = 0; d < NumberBank.Size; d++)
            {
                var e164 = bank.NumberAt(d);
                if (Check(e164, drawnNow, drawnBefore, doNotCall) == Rejection.None)
                {
                    remaining.Add(new RddDrawnNumber(e164, bank.Prefix));
                }
            }
        }

        // Partial Fisher-Yates: the first k slots become a simple random sample of the remainder.
        var take = Math.Min(needed, remaining.Count);
        for (var i = 0; i < take; i++)
        {
            var j = i + random.NextInt32(remaining.Count - i);
            (remaining[i], remaining[j]) = (remaining[j], remaining[i]);
            drawnNow.Add(remaining[i].E164);
            drawn.Add(remaining[i]);
        }
    }

    private enum Rejection
    {
        None,
        AlreadyDrawn,
        DoNotCall,
        Invalid,
    }
}
