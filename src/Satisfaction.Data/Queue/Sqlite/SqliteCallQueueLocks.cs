
namespace Satisfaction.Data.Queue.Sqlite;

/// <summary>
/// SQLite locks: each operation is one <c>UPDATE ... RETURNING</c>. SQLite runs a writing statement under the
/// database's single write lock, with the read of the row and its change in the same step, so two connections
/// (threads or processes) can never both see a case free and both take it; the busy timeout makes the second
/// wait. Instants are compared as UTC ticks, as the store keeps them.
/// </summary>
public sealed class SqliteCallQueueLocks : ICallQueueLocks
{
    private const string Ready = "ready";

    private const string ClaimNextSql = """
        UPDATE call_cases
        SET locked_by = $handler, locked_at = $now, lock_expires_at = $until, lock_version = lock_version + 1, updated_at = $now
        WHERE id = (
            SELECT id FROM call_cases INDEXED BY ix_call_cases_queue
            WHERE force_id = $force AND status = $ready AND purpose = $purpose AND next_call_at <= $now AND (lock_expires_at IS NULL OR lock_expires_at <= $now)
            ORDER BY force_id, status, purpose, priority, next_call_at, id
            LIMIT 1)
        RETURNING id, lock_version, lock_expires_at
        """;

    private const string ClaimSql = """
        UPDATE call_cases
        SET locked_at = CASE WHEN locked_by = $handler AND lock_expires_at > $now THEN locked_at ELSE $now END,
            locked_by = $handler, lock_expires_at = $until, lock_version = lock_version + 1, updated_at = $now
        WHERE id = $id AND force_id = $force AND (locked_by IS NULL OR locked_by = $handler OR lock_expires_at <= $now)
        RETURNING id, lock_version, lock_expires_at
        """;

    private const string HeldSql = """
        SELECT id, lock_version, lock_expires_at FROM call_cases
        WHERE force_id = $force AND locked_by = $handler AND lock_expires_at > $now
        ORDER BY id LIMIT 1
        """;

    private const string RenewSql = """
        UPDATE call_cases SET lock_expires_at = $until
        WHERE id = $id AND locked_by = $handler AND lock_version = $version
        """;

    private const string ReleaseSql = """
        UPDATE call_cases SET locked_by = NULL, locked_at = NULL, lock_expires_at = NULL, updated_at = $now
        WHERE id = $id AND locked_by = $handler
        """;

    /// <inheritdoc />
    public Task<ClaimedCall?> ClaimNextAsync(SatisfactionDbContext db, int forceId, Entities.CallPurpose purpose, string handler, DateTimeOffset now, DateTimeOffset lockUntil, CancellationToken cancellationToken = default) =>
        CallQueueCommands.ReadClaimAsync(db, ClaimNextSql, cancellationToken, ("$force", forceId), ("$handler", handler), ("$until", lockUntil.UtcTicks), ("$now", now.UtcTicks), ("$ready", Ready), ("$purpose", Core.Crimes.EnumCodes.ToCode(purpose)));

    /// <inheritdoc />
    public Task<ClaimedCall?> ClaimAsync(SatisfactionDbContext db, int forceId, long caseId, string handler, DateTimeOffset now, DateTimeOffset lockUntil, CancellationToken cancellationToken = default) =>
        CallQueueCommands.ReadClaimAsync(db, ClaimSql, cancellationToken, ("$force", forceId), ("$id", caseId), ("$handler", handler), ("$until", lockUntil.UtcTicks), ("$now", now.UtcTicks));

    /// <inheritdoc />
    public Task<ClaimedCall?> HeldByAsync(SatisfactionDbContext db, int forceId, string handler, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        CallQueueCommands.ReadClaimAsync(db, HeldSql, cancellationToken, ("$force", forceId), ("$handler", handler), ("$now", now.UtcTicks));

    /// <inheritdoc />
    public async Task<bool> RenewAsync(SatisfactionDbContext db, long caseId, string handler, long lockVersion, DateTimeOffset lockUntil, CancellationToken cancellationToken = default) =>
        await CallQueueCommands.ExecuteAsync(db, RenewSql, cancellationToken, ("$id", caseId), ("$handler", handler), ("$version", lockVersion), ("$until", lockUntil.UtcTicks)).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(SatisfactionDbContext db, long caseId, string handler, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await CallQueueCommands.ExecuteAsync(db, ReleaseSql, cancellationToken, ("$id", caseId), ("$handler", handler), ("$now", now.UtcTicks)).ConfigureAwait(false) == 1;
}
