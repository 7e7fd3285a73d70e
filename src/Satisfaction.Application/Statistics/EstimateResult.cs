using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>The estimate blocks (per measure: the whole sample, then each domain) and warnings for the user.</summary>
/// <param name="Blocks">The blocks, in output order.</param>
/// <param name="Warnings">Warnings (e.g. raking stopped before it converged); empty when none.</param>
public sealed record EstimateResult(IReadOnlyList<ProportionEstimate> Blocks, IReadOnlyList<string> Warnings);
