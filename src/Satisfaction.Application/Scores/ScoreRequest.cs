namespace Satisfaction.Application.Scores;

/// <summary>What <see cref="ScoresService"/> computes.</summary>
/// <param name="AsOf">Last day of the in-year period (UK local date).</param>
/// <param name="Programme">Only this programme (uss, asb, rdd_confidence); null = every programme with respondents.</param>
/// <param name="Breakdown">The domains besides the force.</param>
public sealed record ScoreRequest(DateOnly AsOf, string? Programme = null, ScoreBreakdown Breakdown = ScoreBreakdown.Standard)
{
    /// <summary>Confidence level of every interval, 0 &lt; level &lt; 1.</summary>
    public double Level { get; init; } = 0.95;
}
