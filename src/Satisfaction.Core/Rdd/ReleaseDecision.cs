namespace Satisfaction.Core.Rdd;

/// <summary>The planner's decision and the figures behind it.</summary>
/// <param name="ReplicatesToRelease">New replicates to release now, 0 or more.</param>
/// <param name="Reason">Why.</param>
/// <param name="Explanation">One culture-invariant sentence for the user.</param>
/// <param name="CompletesSoFar">Completed interviews from this month's replicates.</param>
/// <param name="CompletesPerNumber">Expected completes per released number used for the decision.</param>
/// <param name="ObservedNumbers">Worked-out numbers the observed rate rests on (0: prior only).</param>
/// <param name="ResponseRate3">AAPOR RR3 over the worked-out history; NaN when there is none.</param>
/// <param name="EligibilityRate">AAPOR e over the worked-out history; NaN when there is none.</param>
public sealed record ReleaseDecision(
    int ReplicatesToRelease,
    ReleaseReason Reason,
    string Explanation,
    int CompletesSoFar,
    double CompletesPerNumber,
    int ObservedNumbers,
    double ResponseRate3,
    double EligibilityRate);
