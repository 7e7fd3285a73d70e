using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>What <see cref="SurveyEstimates.Estimate"/> computes: "% satisfied" blocks for measures, overall and by domain.</summary>
public sealed record EstimateRequest
{
    /// <summary>The respondent file.</summary>
    public required DataFile Data { get; init; }

    /// <summary>Its design and weighting.</summary>
    public required DesignSettings Design { get; init; }

    /// <summary>Measure (question) columns, at least one.</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>Domain columns (crossed when several); empty = the whole sample only.</summary>
    public IReadOnlyList<string> By { get; init; } = [];

    /// <summary>Yes and valid codes (proportions).</summary>
    public MeasureRule Rule { get; init; } = MeasureRule.Default;

    /// <summary>Mean, total or ratio of a numeric variable; null = "% yes" proportions (the estimate blocks).</summary>
    public NumericStatistic? Statistic { get; init; }

    /// <summary>Codes kept for a mean, total or ratio (e.g. 1-7 leaves out 8 = don't know); null = every value.</summary>
    public IReadOnlySet<int>? ValidValues { get; init; }

    /// <summary>The denominator column of a ratio.</summary>
    public string? Denominator { get; init; }

    /// <summary>Multiplier of a ratio (1000 = per 1,000).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>Interval methods, in output order.</summary>
    public IReadOnlyList<SurveyCiMethod> Methods { get; init; } = [SurveyCiMethod.Logit];

    /// <summary>Confidence level, 0 &lt; level &lt; 1.</summary>
    public double Level { get; init; } = 0.95;
}
