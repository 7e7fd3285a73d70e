using Satisfaction.Core.Rdd;

namespace Satisfaction.Application.Rdd;

/// <summary>What <see cref="RddReleaseService"/> did for a month.</summary>
/// <param name="Month">First day of the month planned.</param>
/// <param name="Seed">Seed of the draw (stored with each new replicate).</param>
/// <param name="Decision">The planner's decision and reason.</param>
/// <param name="ReplicateNumbers">Numbers (within the month) of the replicates created; empty when none.</param>
/// <param name="NumbersReleased">Telephone numbers released.</param>
/// <param name="Draw">The draw's figures (kept banks, rejections, shortfall); null when nothing was drawn.</param>
public sealed record RddReleaseResult(
    DateOnly Month,
    long Seed,
    ReleaseDecision Decision,
    IReadOnlyList<int> ReplicateNumbers,
    int NumbersReleased,
    RddDrawResult? Draw);
