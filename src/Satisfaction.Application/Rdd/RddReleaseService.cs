using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Rdd;

/// <summary>
/// <c>satisfaction rdd release</c>: records the number banks, asks <see cref="ReleasePlanner"/> whether the
/// month needs more replicates, and if so draws fresh numbers (list-assisted RDD, never a number drawn
/// before nor one on the do-not-call list) and stores them as new replicates, in one transaction.
/// </summary>
public sealed class RddReleaseService(SatisfactionDbContext db, TimeProvider time)
{
    /// <summary>The default seed for a month's next release: yyyyMM × 1000 + the replicates already released + 1.</summary>
    public static long DefaultSeed(DateOnly month, int releasedBefore) => ((month.Year * 100L) + month.Month) * 1000 + releasedBefore + 1;

    /// <summary>Plans and, when the planner says so, releases replicates for <paramref name="month"/>.</summary>
    /// <param name="month">Any day of the month (the first day is used).</param>
    /// <param name="banks">The force's number banks (stored or refreshed by area code and prefix).</param>
    /// <param name="seed">Seed of the draw; null for <see cref="DefaultSeed"/>.</param>
    /// <param name="planner">Target, replicate size, attempts, prior.</param>
    /// <param name="frame">Listed-number threshold for banks.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<RddReleaseResult> ReleaseAsync(
        DateOnly month,
        IReadOnlyList<Core.Rdd.NumberBank> banks,
        long? seed = null,
        ReleasePlannerOptions? planner = null,
        ListAssistedRddOptions? frame = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(banks);
        planner ??= new ReleasePlannerOptions();
        month = new DateOnly(month.Year, month.Month, 1);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var bankIds = await StoreBanksAsync(banks, cancellationToken).ConfigureAwait(false);

        var replicates = await db.RddReplicates.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var numbers = await db.RddNumbers.AsNoTracking()
            .Select(n => new { n.Id, n.PhoneE164, n.RddReplicateId, n.Status, n.FinalDisposition })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var attempts = (await db.ContactAttempts.AsNoTracking()
                .Where(a => a.RddNumberId != null)
                .Select(a => new { Id = a.RddNumberId!.Value, a.At, a.Disposition })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(a => a.Id)
            .ToDictionary(g => g.Key, g => new { Count = g.Count(), Last = g.MaxBy(a => a.At)!.Disposition });

        var byReplicate = numbers.ToLookup(n => n.RddReplicateId);
        ReplicateState State(RddReplicate r) => new(r.Number, byReplicate[r.Id].Select(n =>
        {
            var tried = attempts.GetValueOrDefault(n.Id);
            var final = n.Status is RddNumberStatus.Completed or RddNumberStatus.Closed ? n.FinalDisposition ?? "3.90" : null;
            return new ReleasedNumberState(final, tried?.Last ?? n.FinalDisposition, tried?.Count ?? 0);
        }).ToList());

        var thisMonth = replicates.Where(r => r.Month == month).OrderBy(r => r.Number).ToList();
        var history = replicates.Where(r => r.Month < month).Select(State).ToList();
        var decision = ReleasePlanner.Plan(thisMonth.Select(State).ToList(), history, planner);
        var drawSeed = seed ?? DefaultSeed(month, thisMonth.Count);
        if (decision.ReplicatesToRelease == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return new RddReleaseResult(month, drawSeed, decision, [], 0, null);
        }

        var drawnBefore = numbers.Select(n => n.PhoneE164).ToHashSet(StringComparer.Ordinal);
        var doNotCall = (await db.DoNotCall.AsNoTracking().Select(d => d.PhoneE164).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var draw = ListAssistedRddSampler.Draw(banks, decision.ReplicatesToRelease * planner.ReplicateSize, drawnBefore, doNotCall, new SeededRandom(drawSeed), frame);

        var now = time.GetUtcNow();
        var next = thisMonth.Count == 0 ? 1 : thisMonth.Max(r => r.Number) + 1;
        var created = new List<int>();
        foreach (var chunk in draw.Numbers.Chunk(planner.ReplicateSize))
        {
            var replicate = new RddReplicate { Month = month, Number = next++, ReleasedAt = now, Seed = drawSeed, Size = chunk.Length };
            db.RddReplicates.Add(replicate);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.RddNumbers.AddRange(chunk.Select(n => new RddNumber
            {
                PhoneE164 = n.E164,
                NumberBankId = bankIds[n.BankPrefix],
                RddReplicateId = replicate.Id,
                Status = RddNumberStatus.Released,
            }));
            created.Add(replicate.Number);
        }

        db.AuditLog.Add(new AuditLogEntry
        {
            At = now,
            Actor = "cli",
            Action = "rdd_release",
            Subject = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Details = string.Create(CultureInfo.InvariantCulture, $"seed={drawSeed} replicates={created.Count} numbers={draw.Numbers.Count} reason={decision.Reason}"),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new RddReleaseResult(month, drawSeed, decision, created, draw.Numbers.Count, draw);
    }

    private async Task<Dictionary<string, int>> StoreBanksAsync(IReadOnlyList<Core.Rdd.NumberBank> banks, CancellationToken cancellationToken)
    {
        var stored = await db.NumberBanks.ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = stored.ToDictionary(b => (b.AreaCode, b.Prefix));
        foreach (var bank in banks)
        {
            if (byKey.TryGetValue((bank.AreaCode, bank.LocalPrefix), out var existing))
            {
                existing.ListedCount = bank.ListedResidential;
            }
            else
            {
                var added = new Data.Entities.NumberBank { AreaCode = bank.AreaCode, Prefix = bank.LocalPrefix, ListedCount = bank.ListedResidential };
                db.NumberBanks.Add(added);
                byKey[(bank.AreaCode, bank.LocalPrefix)] = added;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return byKey.Values.ToDictionary(b => b.AreaCode[1..] + b.Prefix, b => b.Id, StringComparer.Ordinal);
    }
}
