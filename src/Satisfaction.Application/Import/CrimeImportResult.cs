namespace Satisfaction.Application.Import;

/// <summary>What an import did: counts when it committed, every bad row when it did not.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Inserted">New records.</param>
/// <param name="Updated">Existing records that changed (e.g. a new flag).</param>
/// <param name="Unchanged">Existing records identical to the file's.</param>
/// <param name="ContactsWritten">Victim contact rows inserted or changed.</param>
/// <param name="UnusablePhones">Rows whose phone was given but is not a callable UK number.</param>
/// <param name="EmptyPhones">Rows without a phone.</param>
/// <param name="IgnoredColumns">Header columns that were not imported.</param>
/// <param name="Errors">Bad rows; when any, nothing was written.</param>
public sealed record CrimeImportResult(
    string File,
    long Rows,
    long Inserted,
    long Updated,
    long Unchanged,
    long ContactsWritten,
    long UnusablePhones,
    long EmptyPhones,
    IReadOnlyList<string> IgnoredColumns,
    ImportErrorList Errors)
{
    /// <summary>True when the file was imported (no bad rows).</summary>
    public bool Committed => Errors.Count == 0;
}
