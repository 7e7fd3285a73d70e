namespace Satisfaction.Application.Scores;

/// <summary>How a programme's figures were made: its respondents, weighting and variance method.</summary>
/// <param name="Programme">Programme code.</param>
/// <param name="InYearRespondents">Respondents (complete or partial interviews) in-year.</param>
/// <param name="PreviousRespondents">Respondents in the previous 12 months.</param>
/// <param name="Weighting">The weighting, in words.</param>
/// <param name="Variance">The variance method, in words.</param>
/// <param name="MeasureTitles">Measure id -> title, in report order.</param>
public sealed record ProgrammeScores(string Programme, int InYearRespondents, int PreviousRespondents, string Weighting, string Variance, IReadOnlyList<KeyValuePair<string, string>> MeasureTitles);
