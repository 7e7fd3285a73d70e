namespace Satisfaction.Data.Queue;

/// <summary>
/// The handlers' locks on the ring-back queue (<c>call_cases</c>), done by the database so that no two handlers
/// ever hold one case, from one process or several machines on one store. Every method is one atomic statement;
/// none needs a transaction from the caller. SQLite uses conditional <c>UPDATE ... RETURNING</c> (the write lock
/// serialises them); a PostgreSQL version would use <c>SELECT ... FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public interface ICallQueueLocks
{
    /// <summary>
    /// Claims the first due case: status ready, <c>next_call_at</c> at or before <paramref name="now"/>, not held
    /// (or its lock lapsed), in order of priority (appointments, fresh, retries), then due time, then id.
    /// </summary>
    /// <param name="db">The context whose connection runs the statement.</param>
    /// <param name="forceId">The force whose queue it is: another force's cases are never claimed.</param>
    /// <param name="purpose">Which queue: the survey's, or the supervisors' QA ring-backs.</param>
    /// <param name="handler">Who claims.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="lockUntil">When the lock lapses without a renewal.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The claim, or null when no case is due.</returns>
    Task<ClaimedCall?> ClaimNextAsync(SatisfactionDbContext db, int forceId, Entities.CallPurpose purpose, string handler, DateTimeOffset now, DateTimeOffset lockUntil, CancellationToken cancellationToken = default);

    /// <summary>Claims one case if it is not held by someone else (held by <paramref name="handler"/> or lapsed is fine).</summary>
    /// <returns>The claim, or null when another handler holds it, or it does not exist in force <c>forceId</c>.</returns>
    Task<ClaimedCall?> ClaimAsync(SatisfactionDbContext db, int forceId, long caseId, string handler, DateTimeOffset now, DateTimeOffset lockUntil, CancellationToken cancellationToken = default);

    /// <summary>The case of force <c>forceId</c> that <paramref name="handler"/> holds with a live lock, if any (a restarted console gets its case back).</summary>
    Task<ClaimedCall?> HeldByAsync(SatisfactionDbContext db, int forceId, string handler, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the lock to <paramref name="lockUntil"/> if <paramref name="handler"/> still holds the case under
    /// <paramref name="lockVersion"/> (a lapsed lock nobody took is still the holder's).
    /// </summary>
    /// <returns>False when the case was taken by another claim.</returns>
    Task<bool> RenewAsync(SatisfactionDbContext db, long caseId, string handler, long lockVersion, DateTimeOffset lockUntil, CancellationToken cancellationToken = default);

    /// <summary>Frees the case if <paramref name="handler"/> holds it.</summary>
    /// <returns>False when the handler did not hold it.</returns>
    Task<bool> ReleaseAsync(SatisfactionDbContext db, long caseId, string handler, DateTimeOffset now, CancellationToken cancellationToken = default);
}
