namespace Satisfaction.Data.Bulk;

/// <summary>
/// One file's staged rows inside the caller's transaction: <see cref="StageAsync"/> the rows, ask for
/// <see cref="FindDuplicatesAsync"/>, then <see cref="MergeAsync"/> if the file is good. Disposing removes the
/// staging area (and restores any connection setting changed for the import) whatever happened.
/// </summary>
public interface ICrimeBulkImport : IAsyncDisposable
{
    /// <summary>
    /// Appends rows to the staging area as they are enumerated (the enumeration may read the file lazily);
    /// memory does not grow with the number of rows. May be called more than once before merging.
    /// </summary>
    /// <returns>Rows staged by this call.</returns>
    Task<long> StageAsync(IEnumerable<StagedCrime> rows, CancellationToken cancellationToken = default);

    /// <summary>Every staged row whose crime_ref appears on an earlier staged line, in line order.</summary>
    IAsyncEnumerable<DuplicateCrimeRef> FindDuplicatesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges the staged rows (crime_refs must be unique): new records are inserted with
    /// <paramref name="now"/> as first-imported and updated time; a stored record that differs in any column is
    /// replaced (its updated time, source file and line change); an identical one is left untouched. Per victim, the
    /// usable phone on the file's last row that has one replaces the stored phone; a victim with none in the file
    /// is added without a phone and an existing one keeps theirs. Ends the staging area.
    /// </summary>
    /// <param name="forceId">The force the file is for: records and victims are matched and stored within it only.</param>
    /// <param name="now">The import's instant.</param>
    /// <param name="sourceFile">File name stored as the source of new and changed records (at most <see cref="RecordedCrimeLimits.SourceFile"/> characters).</param>
    /// <param name="cancellationToken">Cancels.</param>
    Task<CrimeMergeCounts> MergeAsync(int forceId, DateTimeOffset now, string sourceFile, CancellationToken cancellationToken = default);
}
