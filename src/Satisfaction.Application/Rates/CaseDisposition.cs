using Satisfaction.Core.Rdd;

namespace Satisfaction.Application.Rates;

/// <summary>
/// The disposition a case counts with in the rates: its recorded final disposition; else, while it is still being
/// worked, the most informative disposition of its attempts so far (interview, then refusal or break-off, other
/// eligible, not eligible, non-contact, unknown; the latest within a class); else 3.11, not attempted.
/// </summary>
public static class CaseDisposition
{
    /// <summary>One attempt as the rates need it.</summary>
    /// <param name="Disposition">AAPOR code of the attempt.</param>
    /// <param name="At">When it was made (UTC).</param>
    /// <param name="Channel">sms or phone.</param>
    /// <param name="Handler">Call-handler for a telephone attempt; null for SMS.</param>
    public sealed record Attempt(string Disposition, DateTimeOffset At, string Channel, string? Handler);

    /// <summary>The deciding disposition and the attempt that gave it (null when none did).</summary>
    /// <param name="finalDisposition">The case's recorded final disposition, if any.</param>
    /// <param name="attempts">Its attempts, any order.</param>
    public static (string Code, Attempt? DecidedBy) Decide(string? finalDisposition, IReadOnlyList<Attempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var ranked = attempts
            .Where(a => AaporDispositions.TryClassify(a.Disposition, out _))
            .OrderBy(a => Priority(AaporDispositions.Classify(a.Disposition)))
            .ThenByDescending(a => a.At)
            .ToList();
        if (finalDisposition is { } final && AaporDispositions.TryClassify(final, out var finalOutcome))
        {
            // The attempt that gave the final disposition: the latest of the same outcome class, else the latest.
            var by = ranked.Where(a => AaporDispositions.Classify(a.Disposition) == finalOutcome).MaxBy(a => a.At)
                ?? attempts.MaxBy(a => a.At);
            return (final, by);
        }

        return ranked.Count == 0 ? (AaporDispositions.NotAttempted, null) : (ranked[0].Disposition, ranked[0]);
    }

    private static int Priority(AaporOutcome outcome) => outcome switch
    {
        AaporOutcome.Complete => 0,
        AaporOutcome.Partial => 1,
        AaporOutcome.Refusal => 2,
        AaporOutcome.Other => 3,
        AaporOutcome.NotEligible => 4,
        AaporOutcome.NonContact => 5,
        AaporOutcome.UnknownOther => 6,
        _ => 7,
    };
}
