using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Scores;

/// <summary>
/// The change of a measure from the previous 12 months to in-year for the force or a domain: the engine's
/// comparison (difference with the design covariance, svyglm t test on the design df).
/// </summary>
/// <param name="Programme">Programme code.</param>
/// <param name="InYear">The in-year figure.</param>
/// <param name="Previous">The previous-12-months figure.</param>
/// <param name="Difference">In-year minus previous (proportions, 0..1 scale), SE, tests.</param>
/// <param name="Level">Confidence level of the interval and the test.</param>
/// <param name="Method">Weighting and variance method.</param>
public sealed record ScoreChange(string Programme, ScoreEstimate InYear, ScoreEstimate Previous, DomainDifference Difference, double Level, string Method)
{
    /// <summary>Interval of the difference (proportions).</summary>
    public CiBounds Interval => Difference.ConfidenceInterval(Level);

    /// <summary>True when the change is significant at <see cref="Level"/>.</summary>
    public bool Significant => Difference.IsSignificant(Level);
}
