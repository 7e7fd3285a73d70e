namespace Satisfaction.Data.Copy;

/// <summary>One table of a <see cref="StoreCopy"/>: its rows in the source and in the target after the copy (equal when done).</summary>
/// <param name="Table">The table's name (as in both stores).</param>
/// <param name="SourceRows">Rows in the SQLite store.</param>
/// <param name="TargetRows">Rows in the PostgreSQL store after the copy, counted in the copy's transaction.</param>
public sealed record TableCopyCount(string Table, long SourceRows, long TargetRows)
{
    /// <summary>Whether the counts agree.</summary>
    public bool Matches => SourceRows == TargetRows;
}
