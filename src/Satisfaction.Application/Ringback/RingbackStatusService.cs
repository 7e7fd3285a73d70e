using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// <c>satisfaction ringback status</c>: cases by outcome and stratum, completes against target, calls per
/// complete, each handler's calls and completes today, and the locks held. Reads only; no personal data.
/// </summary>
/// <remarks>One force's queue (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class RingbackStatusService(SatisfactionDbContext db, RingbackPolicy policy, TimeProvider time, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    private const string CompleteCode = "1.1";

    /// <summary>The view now.</summary>
    public async Task<RingbackStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var groups = await db.CallCases.AsNoTracking().Where(c => c.ForceId == forceId)
            .GroupBy(c => new { c.Stratum, c.Status, c.Disposition })
            .Select(g => new { g.Key.Stratum, g.Key.Status, g.Key.Disposition, Cases = g.Count(), Attempts = g.Sum(c => c.Attempts) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var strata = groups.GroupBy(g => g.Stratum, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Stratum(g.Key, g.Select(x => (x.Status, x.Disposition, x.Cases, x.Attempts)).ToList()))
            .ToList();
        var total = Stratum("all", groups.Select(x => (x.Status, x.Disposition, x.Cases, x.Attempts)).ToList());

        var localNow = policy.ToLocal(now);
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var startOfDay = new DateTimeOffset(localNow.Date, localNow.Offset).ToUniversalTime();
        var complete = EnumCodes.ToCode(CallOutcome.Complete);
        var survey = await db.ContactAttempts.AsNoTracking()
            .Where(a => a.Channel == ContactChannel.Phone && a.Handler != null && a.At >= startOfDay && a.At <= now
                && (db.SampledCases.Any(s => s.Id == a.SampledCaseId && s.ForceId == forceId)
                    || db.RddNumbers.Any(n => n.Id == a.RddNumberId && db.RddReplicates.Any(r => r.Id == n.RddReplicateId && r.ForceId == forceId))))
            .GroupBy(a => a.Handler!)
            .Select(g => new { Handler = g.Key, Calls = g.Count(), Completes = g.Count(a => a.Outcome == complete) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var qa = await db.QaAttempts.AsNoTracking()
            .Where(a => a.At >= startOfDay && a.At <= now && db.CallCases.Any(c => c.Id == a.CallCaseId && c.ForceId == forceId))
            .GroupBy(a => a.Handler)
            .Select(g => new { Handler = g.Key, Calls = g.Count(), Completes = g.Count(a => a.Outcome == complete) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var handlers = survey.Concat(qa).GroupBy(h => h.Handler, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HandlerStatus(g.Key, g.Sum(h => h.Calls), g.Sum(h => h.Completes)))
            .ToList();

        var locks = (await db.CallCases.AsNoTracking()
                .Where(c => c.ForceId == forceId && c.LockedBy != null && c.LockExpiresAt > now)
                .Select(c => new { c.Id, c.LockedBy, c.LockedAt, c.LockExpiresAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(c => new LockStatus(c.Id, c.LockedBy!, now - (c.LockedAt ?? now), c.LockExpiresAt!.Value))
            .OrderByDescending(l => l.HeldFor).ThenBy(l => l.CaseId)
            .ToList();
        return new RingbackStatus(now, today, strata, total, handlers, locks);
    }

    private StratumStatus Stratum(string stratum, List<(CallCaseStatus Status, string Disposition, int Cases, int Attempts)> rows)
    {
        var cases = rows.Sum(r => r.Cases);
        var completes = rows.Where(r => r.Disposition == CompleteCode).Sum(r => r.Cases);
        var attempts = rows.Sum(r => r.Attempts);
        return new StratumStatus(
            stratum,
            cases,
            rows.Where(r => r.Status == CallCaseStatus.Ready).Sum(r => r.Cases),
            rows.Where(r => r.Status == CallCaseStatus.AwaitingSms).Sum(r => r.Cases),
            rows.Where(r => r.Status == CallCaseStatus.Closed).Sum(r => r.Cases),
            completes,
            (int)Math.Ceiling(cases * policy.Options.TargetResponseRate),
            attempts,
            completes == 0 ? null : (double)attempts / completes,
            rows.GroupBy(r => r.Disposition, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(r => r.Cases), StringComparer.Ordinal));
    }
}
