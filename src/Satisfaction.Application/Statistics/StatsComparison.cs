using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>What <c>stats compare</c> reports: each group's estimate block and the difference a - b.</summary>
/// <param name="A">Estimate block of group a (with its logit interval).</param>
/// <param name="B">Estimate block of group b.</param>
/// <param name="Difference">The difference with its SE (covariance included) and tests.</param>
/// <param name="Level">Confidence level of every interval.</param>
public sealed record StatsComparison(ProportionEstimate A, ProportionEstimate B, DomainDifference Difference, double Level)
{
    /// <summary>Warnings for the user (e.g. raking stopped before it converged); empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>How the numbers were computed, for the reader of the output.</summary>
    public string Method =>
        $"{A.Method}; difference a - b with SE from the design covariance (svyby covmat + svycontrast); "
        + "interval and significance from the svyglm t test on the design df";
}
