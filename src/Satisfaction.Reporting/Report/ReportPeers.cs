namespace Satisfaction.Reporting.Report;

/// <summary>Other forces' published figures for the report's MSG comparison (<c>report --peers FILE [--force NAME]</c>).</summary>
/// <param name="PeersPath">The peer CSV file (the columns of <c>satisfaction benchmark</c>).</param>
/// <param name="Force">The force as the file names it; null: the store's force by its code or name (with or without "Constabulary"/"Police").</param>
public sealed record ReportPeers(string PeersPath, string? Force = null);
