namespace Satisfaction.Data.Bulk;

/// <summary>
/// The store's fast path for a recorded-crime extract: rows are staged in bulk in a provider-specific way
/// (SQLite: a temporary table filled by one prepared statement; PostgreSQL: a binary <c>COPY</c> into a temporary
/// table) and merged into <c>recorded_crimes</c> and <c>victim_contacts</c> with set-based upserts. Each
/// provider's SQL lives in its implementation only; chosen by <see cref="StoreOptions.Provider"/>.
/// </summary>
public interface ICrimeBulkStore
{
    /// <summary>
    /// Opens a staging area on the context's connection, inside its current transaction: the caller opens the
    /// connection, begins the transaction (through <see cref="Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade"/>)
    /// and commits or rolls back; nothing is visible to others until it commits.
    /// </summary>
    /// <param name="db">A context with an open connection and a current transaction.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The import; dispose it to remove the staging area.</returns>
    /// <exception cref="InvalidOperationException">The context has no current transaction, or is on another provider.</exception>
    Task<ICrimeBulkImport> BeginAsync(SatisfactionDbContext db, CancellationToken cancellationToken = default);
}
