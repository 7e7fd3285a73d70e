namespace Satisfaction.Reporting;

/// <summary>Settings of the reports <c>serve</c> shows (section <c>Reports</c>).</summary>
public sealed class ReportsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Reports";

    /// <summary>
    /// Folder where reports are written (<c>satisfaction report --out FOLDER/NAME</c>); <c>/reports/latest</c> shows the
    /// <c>report.html</c> in it or in any folder below it that was written last. Relative to the working directory;
    /// null or empty: no report is served.
    /// </summary>
    public string? Folder { get; set; }
}
