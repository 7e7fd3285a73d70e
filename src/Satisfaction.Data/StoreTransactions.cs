using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Satisfaction.Core;

namespace Satisfaction.Data;

/// <summary>Transactions that take the store's write lock before they read, so two writers never interleave.</summary>
public static class StoreTransactions
{
    /// <summary>
    /// The key of the store-wide PostgreSQL advisory lock that draws and releases take (the ASCII of "SATISWR").
    /// </summary>
    public const long PostgreSqlWriteLockKey = 0x53_41_54_49_53_57_52;

    /// <summary>
    /// The first key of a force's PostgreSQL advisory lock (the second is the force's id); the two-key locks never
    /// collide with the one-key <see cref="PostgreSqlWriteLockKey"/> (the ASCII of "SATF").
    /// </summary>
    public const int PostgreSqlForceLockClass = 0x53_41_54_46;

    /// <summary>
    /// Begins a transaction that holds the store's write lock from its first statement, so what is read inside it
    /// cannot be changed by another such writer before it commits. SQLite: a serializable transaction
    /// (<c>BEGIN IMMEDIATE</c>). PostgreSQL: a read-committed transaction that first takes the store-wide
    /// transaction advisory lock (<c>pg_advisory_xact_lock</c>, released at commit or rollback, also when the
    /// node dies), so every later statement reads what the previous writer committed. A second writer waits up to
    /// <c>Store:BusyTimeoutMilliseconds</c> for the lock; if it is still held, the call fails with a user-facing
    /// message and nothing is written.
    /// </summary>
    /// <param name="database">The context's database.</param>
    /// <param name="what">What is being done, for the message (e.g. <c>the weekly draw</c>).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="InvalidInputException">Another writer held the store for longer than the busy timeout.</exception>
    public static async Task<IDbContextTransaction> BeginWriteAsync(this DatabaseFacade database, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsNpgsql())
        {
            return await BeginPostgreSqlWriteAsync(database, what, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another process or context is writing.
            throw Busy(what, ex);
        }
    }

    /// <summary>
    /// As <see cref="BeginWriteAsync(DatabaseFacade, string, CancellationToken)"/>, for a writer that reads and writes
    /// one force's rows only (the weekly draw). SQLite: the same store-wide write transaction. PostgreSQL: the
    /// store-wide lock shared (so a store-wide writer still excludes it) and the force's own lock exclusive, so
    /// writers of different forces (several nodes drawing for 43 forces) run at the same time, and two writers of
    /// one force still one after the other.
    /// </summary>
    /// <param name="database">The context's database.</param>
    /// <param name="what">What is being done, for the message.</param>
    /// <param name="forceId">The force's store key.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="InvalidInputException">Another writer of the store or of this force held it for longer than the busy timeout.</exception>
    public static async Task<IDbContextTransaction> BeginForceWriteAsync(this DatabaseFacade database, string what, int forceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsNpgsql()
            ? await BeginPostgreSqlWriteAsync(database, what, cancellationToken, forceId).ConfigureAwait(false)
            : await database.BeginWriteAsync(what, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IDbContextTransaction> BeginPostgreSqlWriteAsync(DatabaseFacade database, string what, CancellationToken cancellationToken, int? forceId = null)
    {
        var transaction = await database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        try
        {
            // lock_timeout (Store:BusyTimeoutMilliseconds, set on every connection) bounds each wait.
            var sql = forceId is { } id
                ? string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock_shared({PostgreSqlWriteLockKey}), pg_advisory_xact_lock({PostgreSqlForceLockClass}, {id})")
                : string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({PostgreSqlWriteLockKey})");
            await database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw Busy(what, ex);
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static InvalidInputException Busy(string what, Exception ex) => new(
        $"{what}: the store is busy: another draw, release or import is writing to it and did not finish in time. Nothing was written; run it again when the other has finished.",
        ex);
}
