using System.Globalization;

namespace Satisfaction.Core.Rdd;

/// <summary>
/// Decides how many RDD replicates to release for a month, adaptively: a new replicate is released only
/// when every replicate already released for the month is worked out (each number has a final
/// disposition or reached the maximum call attempts), and then just enough to reach the monthly target
/// at the expected completes per number.
/// </summary>
/// <remarks>
/// Expected completes per number = (I + prior × w) / (n + w), where n numbers of worked-out replicates
/// (earlier months and this one) gave I completes and the prior is worth w numbers: a Beta-binomial
/// posterior mean, so a month with no history uses the prior and a long history its own rate.
/// Pure: state in, decision out.
/// </remarks>
public static class ReleasePlanner
{
    /// <summary>Plans one release.</summary>
    /// <param name="month">Replicates already released for the month being planned.</param>
    /// <param name="history">Replicates of earlier months (only the worked-out ones inform the rate).</param>
    /// <param name="options">Target, replicate size, attempts and prior; defaults when null.</param>
    public static ReleaseDecision Plan(IReadOnlyList<ReplicateState> month, IReadOnlyList<ReplicateState> history, ReleasePlannerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(history);
        options ??= new ReleasePlannerOptions();
        Validate(options);

        var maxAttempts = options.MaxCallAttempts;
        var monthCounts = month.Aggregate(OutcomeCounts.Zero, (c, r) => c.Plus(r.Counts()));
        var completes = monthCounts.I;
        var observed = history.Concat(month)
            .Where(r => r.IsWorkedOut(maxAttempts))
            .Aggregate(OutcomeCounts.Zero, (c, r) => c.Plus(r.Counts()));
        var n = observed.Total;
        var weight = n == 0 ? 1.0 : options.PriorWeightNumbers;
        var rate = (observed.I + (options.PriorCompletesPerNumber * weight)) / (n + weight);
        var target = options.TargetInterviewsPerMonth;

        ReleaseDecision Decide(int replicates, ReleaseReason reason, string explanation) =>
            new(replicates, reason, explanation, completes, rate, n, observed.ResponseRate3, observed.EligibilityRate);

        if (completes >= target)
        {
            return Decide(0, ReleaseReason.TargetReached, Invariant($"{completes} interviews completed, target {target} reached: nothing released."));
        }

        var open = month.Where(r => !r.IsWorkedOut(maxAttempts)).ToList();
        if (open.Count > 0)
        {
            var openNumbers = open.Sum(r => r.OpenNumbers(maxAttempts));
            var which = string.Join(", ", open.Select(r => r.Number.ToString(CultureInfo.InvariantCulture)));
            return Decide(0, ReleaseReason.ReplicatesStillOpen, Invariant($"replicate(s) {which} still being worked ({openNumbers} numbers open): nothing released until they are worked out."));
        }

        var shortfall = target - completes;
        var numbersNeeded = Math.Ceiling(shortfall / rate);
        var replicates = (int)Math.Clamp(Math.Ceiling(numbersNeeded / options.ReplicateSize), 1, options.MaxReplicatesPerRelease);
        var reason = month.Count == 0 ? ReleaseReason.InitialRelease : ReleaseReason.TopUp;
        var basis = n == 0
            ? Invariant($"the prior {options.PriorCompletesPerNumber:0.###} completes per number (no history)")
            : Invariant($"{rate:0.###} completes per number ({observed.I} completes from {n} worked-out numbers, RR3 {observed.ResponseRate3:0.###}, blended with the prior)");
        return Decide(replicates, reason, Invariant($"{shortfall} more interviews needed at {basis}: about {numbersNeeded} numbers, {replicates} replicate(s) of {options.ReplicateSize}."));
    }

    private static void Validate(ReleasePlannerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TargetInterviewsPerMonth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ReplicateSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCallAttempts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxReplicatesPerRelease);
        ArgumentOutOfRangeException.ThrowIfNegative(options.PriorWeightNumbers);
        if (!(options.PriorCompletesPerNumber is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PriorCompletesPerNumber, "PriorCompletesPerNumber must be in (0, 1].");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
