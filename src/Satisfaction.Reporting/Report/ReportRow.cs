using Satisfaction.Application.Scores;

namespace Satisfaction.Reporting.Report;

/// <summary>One row of a report table: a measure for the force or a domain, in-year against the previous 12 months.</summary>
/// <param name="Programme">Programme code.</param>
/// <param name="MeasureTitle">Measure title from the questionnaire.</param>
/// <param name="InYear">The in-year figure.</param>
/// <param name="Previous">The previous-12-months figure, when the domain has one.</param>
/// <param name="Change">The change, when both periods have a base.</param>
public sealed record ReportRow(string Programme, string MeasureTitle, ScoreEstimate InYear, ScoreEstimate? Previous, ScoreChange? Change)
{
    /// <summary>Bases under this are suppressed (no percentage shown).</summary>
    public const int SuppressBelow = 30;

    /// <summary>Bases under this are flagged.</summary>
    public const int FlagBelow = 50;

    /// <summary>True when the in-year percentage is shown (base 30 or more).</summary>
    public bool Shown => InYear.Estimate.N >= SuppressBelow;

    /// <summary>True when the previous-12-months percentage is shown.</summary>
    public bool PreviousShown => Previous is { Estimate.N: >= SuppressBelow };

    /// <summary>True when the change is shown (both bases 30 or more).</summary>
    public bool ChangeShown => Change is not null && Shown && PreviousShown;
}
