using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>A respondent file with its survey design built, and what the weighting had to say.</summary>
/// <param name="Table">The respondent rows.</param>
/// <param name="Design">The design (after raking or calibration, when asked).</param>
/// <param name="Warnings">Warnings for the user (e.g. raking stopped before it converged); empty when none.</param>
public sealed record LoadedDesign(CsvTable Table, SurveyDesign Design, IReadOnlyList<string> Warnings);
