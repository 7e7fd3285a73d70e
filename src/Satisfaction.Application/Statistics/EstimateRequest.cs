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

    /// <summary>Domain column; null = the whole sample only.</summary>
    public string? By { get; init; }

    /// <summary>Yes and valid codes.</summary>
    public MeasureRule Rule { get; init; } = MeasureRule.Default;

    /// <summary>Interval methods, in output order.</summary>
    public IReadOnlyList<SurveyCiMethod> Methods { get; init; } = [SurveyCiMethod.Logit];

    /// <summary>Confidence level, 0 &lt; level &lt; 1.</summary>
    public double Level { get; init; } = 0.95;
}
