namespace Satisfaction.Application.Import;

/// <summary>What one run of the inbox import did.</summary>
/// <param name="Imported">Files imported (committed) in this run.</param>
/// <param name="AlreadyImported">Files whose content had been imported before (moved to processed/ without importing).</param>
/// <param name="Failed">Files refused (moved to failed/ with their error list).</param>
/// <param name="Rows">Data rows of the imported files.</param>
public sealed record InboxRunResult(int Imported, int AlreadyImported, int Failed, long Rows)
{
    /// <summary>One line for logs and the job's last outcome (counts only, no data).</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Imported} imported ({Rows} rows), {AlreadyImported} already imported, {Failed} failed");
}
