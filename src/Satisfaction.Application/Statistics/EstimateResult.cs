using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>The estimates (per measure: the whole sample, then each domain) and warnings for the user.</summary>
/// <param name="Blocks">The proportion blocks, in output order (empty for a mean, total or ratio).</param>
/// <param name="Warnings">Warnings (e.g. raking stopped before it converged); empty when none.</param>
public sealed record EstimateResult(IReadOnlyList<ProportionEstimate> Blocks, IReadOnlyList<string> Warnings)
{
    /// <summary>The mean, total or ratio estimates, in output order (empty for proportions).</summary>
    public IReadOnlyList<NumericEstimate> Numeric { get; init; } = [];
}
