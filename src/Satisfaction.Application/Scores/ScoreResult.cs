namespace Satisfaction.Application.Scores;

/// <summary>The scores of an as-of date: every figure, every change, how each programme was weighted, and warnings.</summary>
/// <param name="Periods">The two periods.</param>
/// <param name="Estimates">Figures in order: programme, measure, domain, period.</param>
/// <param name="Changes">Changes in the same order.</param>
/// <param name="Programmes">Per programme: respondents and methods.</param>
/// <param name="Warnings">Warnings for the user (unrepresented strata, no raking margins).</param>
public sealed record ScoreResult(ScorePeriods Periods, IReadOnlyList<ScoreEstimate> Estimates, IReadOnlyList<ScoreChange> Changes, IReadOnlyList<ProgrammeScores> Programmes, IReadOnlyList<string> Warnings);
