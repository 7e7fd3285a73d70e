using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Satisfaction.Core;

namespace Satisfaction.Data;

/// <summary>Transactions that take the store's write lock before they read, so two writers never interleave.</summary>
public static class StoreTransactions
{
    /// <summary>
    /// Begins a serializable transaction that holds the write lock from its first statement (SQLite:
    /// <c>BEGIN IMMEDIATE</c>), so what is read inside it cannot change before it commits. A second writer waits
    /// up to <c>Store:BusyTimeoutMilliseconds</c> for the lock; if it is still held, the call fails with a
    /// user-facing message and nothing is written.
    /// </summary>
    /// <param name="database">The context's database.</param>
    /// <param name="what">What is being done, for the message (e.g. <c>the weekly draw</c>).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="InvalidInputException">Another writer held the store for longer than the busy timeout.</exception>
    public static async Task<IDbContextTransaction> BeginWriteAsync(this DatabaseFacade database, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        try
        {
            return await database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another process or context is writing.
            throw new InvalidInputException(
                $"{what}: the store is busy: another draw, release or import is writing to it and did not finish in time. Nothing was written; run it again when the other has finished.",
                ex);
        }
    }
}
