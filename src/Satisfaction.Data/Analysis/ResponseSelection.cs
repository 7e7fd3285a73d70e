namespace Satisfaction.Data.Analysis;

/// <summary>Which interviews <see cref="IAnalysisQueries.Responses"/> reads, and with which answers.</summary>
/// <param name="OnlyRepeatedCases">Only interviews of cases (or RDD numbers) with more than one interview.</param>
/// <param name="AnswersOfPartialsOnly">
/// Answers only of open or broken-off victim interviews and of RDD interviews (the rest get none): enough to tell
/// which interviews count and to weight, and much faster than reading every answer.
/// </param>
public sealed record ResponseSelection(bool OnlyRepeatedCases, bool AnswersOfPartialsOnly);
