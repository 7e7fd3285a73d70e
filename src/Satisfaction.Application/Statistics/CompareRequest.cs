using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>What <see cref="SurveyEstimates.Compare"/> computes: a measure's difference between two values of a column.</summary>
public sealed record CompareRequest
{
    /// <summary>The respondent file.</summary>
    public required DataFile Data { get; init; }

    /// <summary>Its design and weighting.</summary>
    public required DesignSettings Design { get; init; }

    /// <summary>Measure (question) column.</summary>
    public required string Measure { get; init; }

    /// <summary>Column whose values define the two groups (e.g. period).</summary>
    public required string Period { get; init; }

    /// <summary>Value of group a; the difference is a - b.</summary>
    public required string A { get; init; }

    /// <summary>Value of group b.</summary>
    public required string B { get; init; }

    /// <summary>Yes and valid codes.</summary>
    public MeasureRule Rule { get; init; } = MeasureRule.Default;

    /// <summary>Confidence level, 0 &lt; level &lt; 1.</summary>
    public double Level { get; init; } = 0.95;
}
