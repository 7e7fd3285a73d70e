using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Rdd;

/// <summary>
/// <c>satisfaction rdd release</c>: takes the force's number banks (a bank file given now, which replaces the
/// force's configured banks, else the banks stored for the force), asks <see cref="ReleasePlanner"/> whether the
/// month needs more replicates, and if so draws fresh numbers (list-assisted RDD, never a number drawn before nor
/// one on the do-not-call list) and stores them as new replicates, in one transaction.
/// </summary>
public sealed class RddReleaseService(SatisfactionDbContext db, TimeProvider time)
{
    /// <summary>The default seed for a month's next release: yyyyMM × 1000 + the replicates already released + 1.</summary>
    public static long DefaultSeed(DateOnly month, int releasedBefore) => ((month.Year * 100L) + month.Month) * 1000 + releasedBefore + 1;

    /// <summary>
    /// Makes <paramref name="banks"/> the force's configured banks: each is stored (or its listed count refreshed)
    /// and active; the force's other stored banks become inactive (kept, since drawn numbers refer to them).
    /// </summary>
    /// <returns>The store ids of the banks by their 8- or 9-digit prefix after the trunk 0.</returns>
    public async Task<IReadOnlyDictionary<string, int>> ConfigureBanksAsync(int forceId, IReadOnlyList<Core.Rdd.NumberBank> banks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(banks);
        await using var transaction = await db.Database.BeginWriteAsync("the number banks", cancellationToken).ConfigureAwait(false);
        var ids = await StoreBanksAsync(forceId, banks, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return ids;
    }

    /// <summary>Plans and, when the planner says so, releases replicates for <paramref name="month"/>.</summary>
    /// <param name="forceId">The force (its banks; see <c>ForceLookup</c>).</param>
    /// <param name="month">Any day of the month (the first day is used).</param>
    /// <param name="banks">
    /// A bank file's banks, which become the force's configured banks (<see cref="ConfigureBanksAsync"/>); null to use
    /// the banks configured for the force.
    /// </param>
    /// <param name="seed">Seed of the draw; null for <see cref="DefaultSeed"/>.</param>
    /// <param name="planner">Target, replicate size, attempts, prior.</param>
    /// <param name="frame">Listed-number threshold for banks.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    /// <exception cref="Core.InvalidInputException">No banks were given and the force has none configured.</exception>
    public async Task<RddReleaseResult> ReleaseAsync(
        int forceId,
        DateOnly month,
        IReadOnlyList<Core.Rdd.NumberBank>? banks = null,
        long? seed = null,
        ReleasePlannerOptions? planner = null,
        ListAssistedRddOptions? frame = null,
        CancellationToken cancellationToken = default)
    {
        planner ??= new ReleasePlannerOptions();
        month = new DateOnly(month.Year, month.Month, 1);
        await using var transaction = await db.Database.BeginWriteAsync("the RDD release", cancellationToken).ConfigureAwait(false);
        Dictionary<string, int> bankIds;
        if (banks is null)
        {
            var stored = await db.NumberBanks.AsNoTracking().Where(b => b.ForceId == forceId && b.Active)
                .OrderBy(b => b.AreaCode).ThenBy(b => b.Prefix)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (stored.Count == 0)
            {
                var code = await db.Forces.Where(f => f.Id == forceId).Select(f => f.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
                throw new Core.InvalidInputException(
                    $"force {code} has no number banks configured: give its bank file once with --banks FILE (area_code,local_prefix,listed_residential) or set Rdd:BanksFile; later releases use the banks stored for the force.");
            }

            banks = [.. stored.Select(b => new Core.Rdd.NumberBank(b.AreaCode, b.Prefix, b.ListedCount))];
            bankIds = stored.ToDictionary(b => b.AreaCode[1..] + b.Prefix, b => b.Id, StringComparer.Ordinal);
        }
        else
        {
            bankIds = await StoreBanksAsync(forceId, banks, cancellationToken).ConfigureAwait(false);
        }

        // Replicates (and so the release plan) are the force's; numbers drawn before are every force's, since a number is
        // stored once (two forces' banks may overlap).
        var replicates = await db.RddReplicates.AsNoTracking().Where(r => r.ForceId == forceId).ToListAsync(cancellationToken).ConfigureAwait(false);
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
            var replicate = new RddReplicate { ForceId = forceId, Month = month, Number = next++, ReleasedAt = now, Seed = drawSeed, Size = chunk.Length };
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

    private async Task<Dictionary<string, int>> StoreBanksAsync(int forceId, IReadOnlyList<Core.Rdd.NumberBank> banks, CancellationToken cancellationToken)
    {
        if (!await db.Forces.AnyAsync(f => f.Id == forceId, cancellationToken).ConfigureAwait(false))
        {
            throw new ArgumentException($"No force with id {forceId}.", nameof(forceId));
        }

        var stored = await db.NumberBanks.Where(b => b.ForceId == forceId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = stored.ToDictionary(b => (b.AreaCode, b.Prefix));
        var active = new HashSet<(string, string)>();
        foreach (var bank in banks)
        {
            var key = (bank.AreaCode, bank.LocalPrefix);
            active.Add(key);
            if (byKey.TryGetValue(key, out var existing))
            {
                existing.ListedCount = bank.ListedResidential;
                existing.Active = true;
            }
            else
            {
                var added = new Data.Entities.NumberBank { ForceId = forceId, AreaCode = bank.AreaCode, Prefix = bank.LocalPrefix, ListedCount = bank.ListedResidential, Active = true };
                db.NumberBanks.Add(added);
                byKey[key] = added;
            }
        }

        foreach (var (key, bank) in byKey)
        {
            if (!active.Contains(key))
            {
                bank.Active = false;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return byKey.Values.Where(b => b.Active).ToDictionary(b => b.AreaCode[1..] + b.Prefix, b => b.Id, StringComparer.Ordinal);
    }
}
