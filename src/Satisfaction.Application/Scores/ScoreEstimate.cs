using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Scores;

/// <summary>One figure: a measure of a programme in a period, for the force or a domain.</summary>
/// <param name="Programme">Programme code.</param>
/// <param name="Period"><c>in_year</c> or <c>previous_12m</c>.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Estimate">The engine's block (n, n_yes, proportion 0..1, se, logit ci, method); N = 0 when the domain has no valid answer.</param>
public sealed record ScoreEstimate(string Programme, string Period, DateOnly PeriodStart, DateOnly PeriodEnd, ProportionEstimate Estimate);
