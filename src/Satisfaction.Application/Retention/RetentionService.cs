using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Retention;

/// <summary>
/// The <c>retention</c> use case: deletes the phone number and name of every victim whose sampled cases are all
/// closed (completed or closed, <c>closed_at</c> set) at least <c>Retention:Days</c> days ago, and records the
/// counts (never the data) in the audit log, in one transaction. Idempotent: a purged contact has nothing left
/// to purge, and a run that purges nothing writes nothing.
/// </summary>
/// <remarks>Purges one force's victims only (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class RetentionService(SatisfactionDbContext db, IOptions<RetentionOptions> options, TimeProvider time, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);

    /// <summary>Purges expired contact details.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.Days);
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var expired = db.SampledCases.Where(c => c.ForceId == forceId).GroupBy(c => c.VictimId)
                .Where(g => g.All(c => c.ClosedAt != null && c.ClosedAt <= cutoff))
                .Select(g => g.Key);
            var due = db.VictimContacts.Where(v => v.ForceId == forceId && expired.Contains(v.VictimId) && (v.PhoneE164 != null || v.Name != null));
            var phones = await due.CountAsync(v => v.PhoneE164 != null, cancellationToken).ConfigureAwait(false);
            var names = await due.CountAsync(v => v.Name != null, cancellationToken).ConfigureAwait(false);
            var contacts = await due.ExecuteUpdateAsync(
                s => s.SetProperty(v => v.PhoneE164, (string?)null).SetProperty(v => v.Name, (string?)null).SetProperty(v => v.UpdatedAt, now),
                cancellationToken).ConfigureAwait(false);
            var result = new RetentionResult(contacts, phones, names, cutoff);
            if (contacts > 0)
            {
                db.AuditLog.Add(new AuditLogEntry
                {
                    At = now,
                    Actor = "job:retention",
                    Action = "retention.purge",
                    Subject = "victim_contacts",
                    Details = string.Create(CultureInfo.InvariantCulture,
                        $"{{\"contacts\":{contacts},\"phones\":{phones},\"names\":{names},\"days\":{options.Value.Days},\"cutoff\":\"{cutoff:yyyy-MM-ddTHH:mm:ssZ}\"}}"),
                });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }).ConfigureAwait(false);
    }
}
