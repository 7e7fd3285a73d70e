using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Satisfaction.Data.Bulk.PostgreSql;

/// <summary>
/// PostgreSQL bulk path: rows stream into a temporary table (dropped at commit) with one binary <c>COPY</c>;
/// duplicates are found with one indexed self-join; two <c>INSERT ... ON CONFLICT DO UPDATE</c> statements merge
/// it, exactly as the SQLite path does (same counts, same rules for phones).
/// </summary>
public sealed class PostgreSqlCrimeBulkStore : ICrimeBulkStore
{
    /// <inheritdoc />
    public async Task<ICrimeBulkImport> BeginAsync(SatisfactionDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            throw new InvalidOperationException("The PostgreSQL bulk store needs a PostgreSQL context.");
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Begin a transaction on the context before staging an import.");
        var import = new PostgreSqlCrimeBulkImport(connection, transaction);
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
