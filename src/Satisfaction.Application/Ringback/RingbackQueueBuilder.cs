using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Phones;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// Puts new work on the ring-back queue: sampled victims not yet queued (ready at once for telephone-only
/// programmes and landline-only numbers; held as <c>awaiting_sms</c> when they have a mobile and the SMS survey
/// goes first) and released RDD numbers (each with its Kish table, assigned per replicate from the replicate's
/// seed). Incremental: only rows newer than the last queued are read, so a pass with nothing new is two index
/// look-ups. Safe to run from several handlers at once (one write transaction; the unique keys hold).
/// </summary>
/// <remarks>Queues one force's cases only (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class RingbackQueueBuilder(SatisfactionDbContext db, RingbackPolicy policy, IOptions<SamplingOptions> sampling, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    private int _forceId;

    /// <summary>The RDD script used when the store names none.</summary>
    public const string RddQuestionnaire = "rdd-confidence";

    private Dictionary<(string Programme, string Group), string>? groupQuestionnaires;

    /// <summary>Queues what is new since the last pass.</summary>
    /// <param name="now">The current instant (cases queued now are due at once).</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<QueueBuildResult> BuildAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        _forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        if (!await AnythingNewAsync(cancellationToken).ConfigureAwait(false) && await QaWantedAsync(now, cancellationToken).ConfigureAwait(false) == 0)
        {
            return new QueueBuildResult(0, 0, 0, 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var victims = await QueueVictimsAsync(now, cancellationToken).ConfigureAwait(false);
        var rdd = await QueueRddAsync(now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var qa = await QueueQaAsync(now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return victims with { RddNumbers = rdd, QaRingbacks = qa };
    }

    private async Task<bool> AnythingNewAsync(CancellationToken cancellationToken)
    {
        var lastVictim = await LastSampledAsync(cancellationToken).ConfigureAwait(false);
        var lastNumber = await LastNumberAsync(cancellationToken).ConfigureAwait(false);
        return await db.SampledCases.AnyAsync(s => s.ForceId == _forceId && s.Id > lastVictim && s.Status == CaseStatus.Pending, cancellationToken).ConfigureAwait(false)
            || await db.RddNumbers.AnyAsync(n => db.RddReplicates.Any(r => r.Id == n.RddReplicateId && r.ForceId == _forceId) && n.Id > lastNumber && n.Status != RddNumberStatus.Completed && n.Status != RddNumberStatus.Closed, cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> LastSampledAsync(CancellationToken cancellationToken) =>
        await db.CallCases.Where(c => c.ForceId == _forceId && c.Purpose == CallPurpose.Survey && c.SampledCaseId != null)
            .MaxAsync(c => c.SampledCaseId, cancellationToken).ConfigureAwait(false) ?? 0;

    private async Task<long> LastNumberAsync(CancellationToken cancellationToken) =>
        await db.CallCases.Where(c => c.ForceId == _forceId && c.Purpose == CallPurpose.Survey && c.RddNumberId != null)
            .MaxAsync(c => c.RddNumberId, cancellationToken).ConfigureAwait(false) ?? 0;

    private async Task<QueueBuildResult> QueueVictimsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = await LastSampledAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from s in db.SampledCases.AsNoTracking()
                join p in db.SurveyProgrammes.AsNoTracking() on s.SurveyProgrammeId equals p.Id
                join v in db.VictimContacts.AsNoTracking() on new { s.ForceId, s.VictimId } equals new { v.ForceId, v.VictimId } into contacts
                from v in contacts.DefaultIfEmpty()
                where s.ForceId == _forceId && s.Id > last && s.Status == CaseStatus.Pending
                orderby s.Id
                select new { s.Id, s.Stratum, s.UserGroup, Programme = p.Code, p.QuestionnaireId, Phone = v == null ? null : v.PhoneE164 })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        int ready = 0, waiting = 0, noPhone = 0;
        var telephoneOnly = policy.Options.TelephoneProgrammes.ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var phone = row.Phone is null ? PhoneNormalisation.Empty : UkPhoneNumbers.Normalise(row.Phone);
            if (!phone.IsUsable)
            {
                noPhone++;
                continue;
            }

            var (status, source) = telephoneOnly.Contains(row.Programme) ? (CallCaseStatus.Ready, CallSource.TelephoneProgramme)
                : phone.Kind != PhoneNumberKind.Mobile ? (CallCaseStatus.Ready, CallSource.LandlineOnly)
                : policy.Options.SmsFirst ? (CallCaseStatus.AwaitingSms, CallSource.SmsFirst)
                : (CallCaseStatus.Ready, CallSource.TelephoneProgramme);
            _ = status == CallCaseStatus.Ready ? ready++ : waiting++;
            db.CallCases.Add(new CallCase
            {
                ForceId = _forceId,
                Kind = CaseKind.Victim,
                Purpose = CallPurpose.Survey,
                Source = source,
                SampledCaseId = row.Id,
                QuestionnaireId = QuestionnaireFor(row.Programme, row.UserGroup, row.QuestionnaireId),
                Stratum = row.Stratum,
                Status = status,
                Priority = 1,
                NextCallAt = status == CallCaseStatus.Ready ? now : null,
                Disposition = AaporDispositions.NotAttempted,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        return new QueueBuildResult(ready, waiting, noPhone, 0);
    }

    private async Task<int> QueueRddAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = await LastNumberAsync(cancellationToken).ConfigureAwait(false);
        var numbers = await db.RddNumbers.AsNoTracking()
            .Where(n => db.RddReplicates.Any(r => r.Id == n.RddReplicateId && r.ForceId == _forceId) && n.Id > last && n.Status != RddNumberStatus.Completed && n.Status != RddNumberStatus.Closed)
            .OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.RddReplicateId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (numbers.Count == 0)
        {
            return 0;
        }

        var replicateIds = numbers.Select(n => n.RddReplicateId).Distinct().ToList();
        var replicates = await db.RddReplicates.AsNoTracking().Where(r => replicateIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        var script = await db.SurveyProgrammes.AsNoTracking().Where(p => p.ForceId == _forceId && p.Kind == ProgrammeKind.PublicConfidence)
            .Select(p => p.QuestionnaireId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        script = string.IsNullOrEmpty(script) ? RddQuestionnaire : script;
        foreach (var group in numbers.GroupBy(n => n.RddReplicateId))
        {
            var replicate = replicates[group.Key];

            // The same replicate always gets the same tables: seeded by its own stored seed and number.
            var tables = KishGrid.AssignTables(group.Count(), new SeededRandom(unchecked((replicate.Seed * 1_000_003) + replicate.Number)));
            var i = 0;
            foreach (var number in group)
            {
                db.CallCases.Add(new CallCase
                {
                    ForceId = _forceId,
                    Kind = CaseKind.Rdd,
                    Purpose = CallPurpose.Survey,
                    Source = CallSource.Rdd,
                    RddNumberId = number.Id,
                    QuestionnaireId = script,
                    Stratum = "rdd",
                    Status = CallCaseStatus.Ready,
                    Priority = 1,
                    NextCallAt = now,
                    Disposition = AaporDispositions.NotAttempted,
                    KishTable = EnumCodes.ToCode(tables[i++]),
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
        }

        return numbers.Count;
    }

    /// <summary>QA ring-backs still to draw this week: the weekly number less those drawn, 0 when no completed case is left to draw.</summary>
    private async Task<int> QaWantedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var perWeek = policy.Options.QaCasesPerWeek;
        if (perWeek == 0)
        {
            return 0;
        }

        var weekStart = policy.StartOfWeek(now);
        var drawn = await db.CallCases.CountAsync(c => c.ForceId == _forceId && c.Purpose == CallPurpose.Qa && c.CreatedAt >= weekStart, cancellationToken).ConfigureAwait(false);
        return drawn >= perWeek || !await QaCandidates().AnyAsync(cancellationToken).ConfigureAwait(false) ? 0 : perWeek - drawn;
    }

    private IQueryable<long> QaCandidates() =>
        from c in db.CallCases
        where c.ForceId == _forceId && c.Purpose == CallPurpose.Survey && c.Kind == CaseKind.Victim && c.Status == CallCaseStatus.Closed && c.Disposition == "1.1"
              && !db.CallCases.Any(q => q.Purpose == CallPurpose.Qa && q.SampledCaseId == c.SampledCaseId)
        select c.SampledCaseId!.Value;

    private async Task<int> QueueQaAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = await QaWantedAsync(now, cancellationToken).ConfigureAwait(false);
        if (wanted == 0)
        {
            return 0;
        }

        var candidates = (await QaCandidates().OrderBy(id => id).ToListAsync(cancellationToken).ConfigureAwait(false)).ToArray();

        // Seeded by the week (its Monday as yyyyMMdd), so the draw can be repeated from the store.
        var week = policy.ToLocal(policy.StartOfWeek(now));
        new SeededRandom((week.Year * 10_000L) + (week.Month * 100) + week.Day).Shuffle(candidates.AsSpan());
        foreach (var sampledCaseId in candidates.Take(wanted))
        {
            db.CallCases.Add(new CallCase
            {
                ForceId = _forceId,
                Kind = CaseKind.Victim,
                Purpose = CallPurpose.Qa,
                Source = CallSource.QaRingback,
                SampledCaseId = sampledCaseId,
                QuestionnaireId = policy.Options.QaQuestionnaire,
                Stratum = "qa",
                Status = CallCaseStatus.Ready,
                Priority = 1,
                NextCallAt = now,
                Disposition = AaporDispositions.NotAttempted,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        return Math.Min(wanted, candidates.Length);
    }

    /// <summary>
    /// The telephone script of a victim case: the programme file's script for the user group; else the programme's
    /// stored questionnaire; else <c>uss-{group}</c>.
    /// </summary>
    public string TelephoneScript(string programme, string group, string stored) => QuestionnaireFor(programme, group, stored);

    private string QuestionnaireFor(string programme, string group, string stored)
    {
        groupQuestionnaires ??= LoadGroupQuestionnaires();
        return groupQuestionnaires.TryGetValue((programme, group), out var id) ? id
            : !string.IsNullOrEmpty(stored) ? stored
            : string.Create(CultureInfo.InvariantCulture, $"uss-{group}");
    }

    private Dictionary<(string Programme, string Group), string> LoadGroupQuestionnaires()
    {
        var folder = sampling.Value.ProgrammesPath;
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        return ProgrammeCatalog.Load(folder)
            .SelectMany(p => p.UserGroups.Select(g => (Key: (p.Id, g.Id), g.Questionnaire)))
            .ToDictionary(x => x.Key, x => x.Questionnaire);
    }
}
