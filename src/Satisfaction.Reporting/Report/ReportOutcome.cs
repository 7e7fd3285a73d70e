namespace Satisfaction.Reporting.Report;

/// <summary>What <see cref="ReportService"/> wrote.</summary>
/// <param name="HtmlPath">Full path of <c>report.html</c>.</param>
/// <param name="CsvPath">Full path of <c>report-tables.csv</c> (the report's tables).</param>
/// <param name="Headline">Whole experience (USS) in-year with its interval and the change, in one sentence; null when there is no USS figure.</param>
/// <param name="Figures">Table rows written.</param>
public sealed record ReportOutcome(string HtmlPath, string CsvPath, string? Headline, int Figures);
