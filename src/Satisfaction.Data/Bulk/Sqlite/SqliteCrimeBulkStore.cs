using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Satisfaction.Data.Bulk.Sqlite;

/// <summary>
/// SQLite bulk path: rows go into an unindexed temporary table through one prepared statement bound by
/// position (the raw SQLite API: ADO.NET's by-name binding costs more than the insert itself), SQLite spilling
/// it to disk; duplicates are found with one indexed self-join; two <c>INSERT ... ON CONFLICT DO UPDATE</c>
/// statements merge it. The page cache is raised to 64 MB for the import and restored after.
/// </summary>
public sealed class SqliteCrimeBulkStore : ICrimeBulkStore
{
    /// <inheritdoc />
    public async Task<ICrimeBulkImport> BeginAsync(SatisfactionDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            throw new InvalidOperationException("The SQLite bulk store needs a SQLite context.");
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction
            ?? throw new InvalidOperationException("Begin a transaction on the context before staging an import.");
        var import = new SqliteCrimeBulkImport(connection, transaction);
        try
        {
            await import.CreateStagingAsync(cancellationToken).ConfigureAwait(false);
            return import;
        }
        catch
        {
            await import.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
