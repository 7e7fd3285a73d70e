using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Queue;
using Answer = Satisfaction.Core.Questionnaires.Answer;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// The ring-back desk on the store: claims through <see cref="ICallQueueLocks"/> (atomic, so no two handlers
/// ever hold one case), saves each answer in its own transaction together with the lock renewal, and records
/// outcomes through the re-call rules (<see cref="RingbackPolicy"/>). Survey answers go to <c>interviews</c> /
/// <c>answers</c> and attempts to <c>contact_attempts</c>; QA ring-backs to the <c>qa_*</c> tables. Time comes
/// from <see cref="TimeProvider"/>. One instance serves one handler's session (it caches the case's values).
/// </summary>
public sealed class RingbackDesk(
    SatisfactionDbContext db,
    ICallQueueLocks locks,
    RingbackPolicy policy,
    RingbackScripts scripts,
    RingbackQueueBuilder builder,
    TimeProvider time,
    Forces.ForceScope? force = null) : IRingbackDesk
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    private readonly Dictionary<long, IReadOnlyDictionary<string, string>> sampleCache = [];

    /// <inheritdoc />
    public bool Training => false;

    /// <summary>The queue <see cref="NextAsync"/> takes from: the survey's (default) or the supervisors' QA ring-backs.</summary>
    public CallPurpose Queue { get; set; } = CallPurpose.Survey;

    /// <inheritdoc />
    public async Task<NextCaseResult> NextAsync(string handler, CancellationToken cancellationToken = default)
    {
        RingbackText.CheckHandler(handler);
        var now = time.GetUtcNow();
        var forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        if (await locks.HeldByAsync(db, forceId, handler, now, cancellationToken).ConfigureAwait(false) is { } held)
        {
            return new NextCaseResult(await ToClaimAsync(held, true, cancellationToken).ConfigureAwait(false), null, null);
        }

        var hours = policy.Windows.Decide(Core.Contact.ContactChannel.Phone, now);
        if (!hours.Allowed)
        {
            return new NextCaseResult(null, "outside calling hours: " + hours.Explanation, hours.NextAllowedAt);
        }

        await builder.BuildAsync(now, cancellationToken).ConfigureAwait(false);
        var claim = await locks.ClaimNextAsync(db, forceId, Queue, handler, now, now + policy.LockDuration, cancellationToken).ConfigureAwait(false);
        if (claim is not null)
        {
            return new NextCaseResult(await ToClaimAsync(claim, false, cancellationToken).ConfigureAwait(false), null, null);
        }

        var next = await db.CallCases.AsNoTracking()
            .Where(c => c.ForceId == forceId && c.Status == CallCaseStatus.Ready && c.Purpose == Queue && c.NextCallAt > now)
            .OrderBy(c => c.NextCallAt)
            .Select(c => c.NextCallAt)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var reason = next is null ? "no case is waiting for a call (every due case is held by another handler, or the queue is empty)" : "no case is due yet";
        return new NextCaseResult(null, reason, next);
    }

    /// <inheritdoc />
    public async Task<CaseSheet> OpenAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await RenewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
        var c = await LoadCaseAsync(claim.CaseId, cancellationToken).ConfigureAwait(false);
        string phone;
        string? firstName = null, crimeType = null;
        DateOnly? reported = null;
        if (c.Kind == CaseKind.Victim)
        {
            var victim = await (
                    from s in db.SampledCases.AsNoTracking()
                    join r in db.RecordedCrimes.AsNoTracking() on new { s.ForceId, s.CrimeRef } equals new { r.ForceId, r.CrimeRef }
                    join v in db.VictimContacts.AsNoTracking() on new { s.ForceId, s.VictimId } equals new { v.ForceId, v.VictimId }
                    where s.Id == c.SampledCaseId
                    select new { s.UserGroup, r.RecordedDate, v.PhoneE164, v.Name })
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            phone = victim.PhoneE164 ?? string.Empty;
            firstName = RingbackText.FirstName(victim.Name);
            crimeType = RingbackText.CrimeTypeWords(victim.UserGroup);
            reported = victim.RecordedDate;
        }
        else
        {
            phone = await db.RddNumbers.AsNoTracking().Where(n => n.Id == c.RddNumberId).Select(n => n.PhoneE164)
                .SingleAsync(cancellationToken).ConfigureAwait(false);
        }

        var attempts = await AttemptLinesAsync(c, cancellationToken).ConfigureAwait(false);
        KishTable? table = c.KishTable is { } k && EnumCodes.TryParse<KishTable>(k, out var t) ? t : null;
        return new CaseSheet(
            c.Id, c.Kind, c.Purpose, firstName, phone, crimeType, reported, c.QuestionnaireId, attempts, c.Notes, c.Disposition,
            c.Kind == CaseKind.Rdd ? policy.Selection : null, c.Kind == CaseKind.Rdd && policy.Selection == HouseholdSelectionMethod.KishGrid ? table : null,
            false);
    }

    /// <inheritdoc />
    public async Task<InterviewStep> StartInterviewAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RenewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
        var c = await db.CallCases.SingleAsync(x => x.Id == claim.CaseId, cancellationToken).ConfigureAwait(false);
        var engine = scripts.Engine(c.QuestionnaireId);
        var sample = await SampleAsync(c, cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await LoadStateAsync(c, cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                state = engine.Start(sample);
                await CreateInterviewAsync(c, state, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                state = engine.Resume(state, sample);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return Step(engine, state, sample, null);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<InterviewStep> AnswerAsync(CaseClaim claim, string handler, Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(answer);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RenewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
        var c = await db.CallCases.SingleAsync(x => x.Id == claim.CaseId, cancellationToken).ConfigureAwait(false);
        var (engine, sample, state) = await OpenInterviewAsync(c, cancellationToken).ConfigureAwait(false);
        var result = engine.Submit(state, sample, answer);
        if (!result.Accepted)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return Step(engine, state, sample, result.Reason);
        }

        var now = time.GetUtcNow();
        await SaveAnswerAsync(c, answer, now, cancellationToken).ConfigureAwait(false);
        await SaveStateAsync(c, result.State, cancellationToken).ConfigureAwait(false);
        if (c.Kind == CaseKind.Rdd && answer.QuestionId == RingbackText.AdultsQuestion && answer.Code is { } adults && adults is >= 1 and <= 20)
        {
            // Next birthday (reported): 1/adults. One adult: selected with certainty, whatever the method.
            var method = adults == 1 ? policy.Selection : HouseholdSelectionMethod.NextBirthdayReported;
            if (adults == 1 || policy.Selection == HouseholdSelectionMethod.NextBirthdayReported)
            {
                SetSelection(c, new HouseholdSelection(adults == 1 ? 0 : null, adults, 1.0 / adults, method), adults == 1 ? 1 : null);
            }
        }

        c.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return Step(engine, result.State, sample, null);
    }

    /// <inheritdoc />
    public async Task<InterviewStep> BackAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RenewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
        var c = await db.CallCases.SingleAsync(x => x.Id == claim.CaseId, cancellationToken).ConfigureAwait(false);
        var (engine, sample, state) = await OpenInterviewAsync(c, cancellationToken).ConfigureAwait(false);
        if (state.Answers.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return Step(engine, state, sample, "this is the first question; there is nothing to go back to");
        }

        var removed = state.Answers[^1];
        var back = engine.Replay(sample, state.Answers.Take(state.Answers.Count - 1));
        await DeleteAnswerAsync(c, removed.QuestionId, cancellationToken).ConfigureAwait(false);
        await SaveStateAsync(c, back, cancellationToken).ConfigureAwait(false);
        if (c.Kind == CaseKind.Rdd && removed.QuestionId is RingbackText.AdultsQuestion or RingbackText.SelectionQuestion)
        {
            SetSelection(c, null, null);
        }

        c.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return Step(engine, back, sample, null);
    }

    /// <inheritdoc />
    public async Task AddNoteAsync(CaseClaim claim, string handler, string note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (string.IsNullOrWhiteSpace(note))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RenewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
        var c = await db.CallCases.SingleAsync(x => x.Id == claim.CaseId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var local = policy.ToLocal(now);
        var line = string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} {handler}: {note.Trim()}");
        c.Notes = string.IsNullOrEmpty(c.Notes) ? line : c.Notes + "\n" + line;
        c.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    /// <inheritdoc />
    public async Task SaveHouseholdAsync(CaseClaim claim, string handler, HouseholdSelection selection, int? position, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(selection);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RenewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
        var c = await db.CallCases.SingleAsync(x => x.Id == claim.CaseId, cancellationToken).ConfigureAwait(false);
        if (c.Kind != CaseKind.Rdd)
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"case {c.Id} is a victim case; household selection is for RDD numbers."));
        }

        SetSelection(c, selection, position);
        c.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    /// <inheritdoc />
    public Task TouchAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return RenewAsync(claim, handler, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RecordResult> RecordAsync(RecordRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RingbackText.CheckHandler(request.Handler);
        var now = time.GetUtcNow();
        CheckAppointment(request, now);
        try
        {
            return await RecordInTransactionAsync(request, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // A refused call leaves nothing tracked for the session's next operation.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<RecordResult> RecordInTransactionAsync(RecordRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        var c = await db.CallCases.SingleOrDefaultAsync(x => x.Id == request.CaseId && x.ForceId == forceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidInputException(Invariant($"there is no ring-back case {request.CaseId}."));
        CheckRecordable(c, request, now);

        var state = await ApplyAnswersAsync(c, request, now, cancellationToken).ConfigureAwait(false);
        if (request.Outcome == CallOutcome.Complete && state?.Status != InterviewStatus.Completed)
        {
            var where = state is null ? "the interview has not started" : Invariant($"{state.Answers.Count} answered, next question '{state.CurrentQuestionId}'");
            throw new InvalidInputException(Invariant($"case {c.Id}: complete needs the interview finished ({where}); record partial or break_off instead."));
        }

        var rule = policy.Rules.For(request.Outcome);
        if (state is { Status: InterviewStatus.InProgress } && rule.Final)
        {
            await SaveStateAsync(c, InterviewEngine.Stop(state), cancellationToken).ConfigureAwait(false);
        }

        var disposition = rule.DispositionFor(c.Kind);
        var outcome = EnumCodes.ToCode(request.Outcome);
        if (c.Purpose == CallPurpose.Qa)
        {
            db.QaAttempts.Add(new QaAttempt { CallCaseId = c.Id, At = now, Handler = request.Handler, Outcome = outcome, Disposition = disposition, AppointmentAt = request.AppointmentAt });
        }
        else
        {
            db.ContactAttempts.Add(new ContactAttempt
            {
                SampledCaseId = c.SampledCaseId, RddNumberId = c.RddNumberId, Channel = Data.Entities.ContactChannel.Phone, At = now,
                Outcome = outcome, Disposition = disposition, Handler = request.Handler, AppointmentAt = request.AppointmentAt,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var attempts = (await AttemptLinesAsync(c, cancellationToken).ConfigureAwait(false))
            .Select(a => new CallAttempt(a.At, a.Outcome, a.AppointmentAt)).ToList();
        var plan = policy.PlannerFor(c.Kind).Plan(c.Kind, attempts, now);
        c.Attempts = attempts.Count;
        c.Disposition = plan.Disposition;
        c.Status = plan.Closed ? CallCaseStatus.Closed : CallCaseStatus.Ready;
        c.NextCallAt = plan.NextCallAt?.ToUniversalTime();
        c.Priority = plan.IsAppointment ? 0 : 2;
        c.LockedBy = null;
        c.LockedAt = null;
        c.LockExpiresAt = null;
        c.UpdatedAt = now;
        await MarkSourceAsync(c, plan, now, cancellationToken).ConfigureAwait(false);
        db.AuditLog.Add(new AuditLogEntry
        {
            At = now,
            Actor = "handler:" + request.Handler,
            Action = "ringback.record",
            Subject = Invariant($"call_case:{c.Id}"),
            Details = Invariant($"outcome={outcome} disposition={disposition} case_disposition={plan.Disposition} closed={(plan.Closed ? "true" : "false")}"),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        sampleCache.Remove(c.Id);
        return new RecordResult(c.Id, plan.Disposition, plan.Closed, c.NextCallAt, attempts.Count, plan.Reason);
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(long caseId, string handler, CancellationToken cancellationToken = default)
    {
        RingbackText.CheckHandler(handler);
        var forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.CallCases.AnyAsync(c => c.Id == caseId && c.ForceId == forceId, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException(Invariant($"there is no ring-back case {caseId}."));
        }

        sampleCache.Remove(caseId);
        return await locks.ReleaseAsync(db, caseId, handler, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private static void CheckAppointment(RecordRequest request, DateTimeOffset now)
    {
        if (request.Outcome == CallOutcome.Appointment)
        {
            if (request.AppointmentAt is not { } at)
            {
                throw new InvalidInputException("an appointment needs its date and time (--appointment yyyy-MM-ddTHH:mm, UK local time).");
            }

            if (at <= now)
            {
                throw new InvalidInputException("the appointment time has already passed; give a time after now.");
            }
        }
        else if (request.AppointmentAt is not null)
        {
            throw new InvalidInputException("--appointment is only for the appointment disposition.");
        }
    }

    private static void CheckRecordable(CallCase c, RecordRequest request, DateTimeOffset now)
    {
        if (c.Status == CallCaseStatus.Closed)
        {
            throw new InvalidInputException(Invariant($"case {c.Id} is closed ({c.Disposition}); nothing was recorded."));
        }

        if (c.Status == CallCaseStatus.AwaitingSms)
        {
            throw new InvalidInputException(Invariant($"case {c.Id} is waiting for the SMS survey; it is not on the call queue yet."));
        }

        var heldByOther = c.LockedBy is { } holder && !string.Equals(holder, request.Handler, StringComparison.Ordinal) && c.LockExpiresAt > now;
        if (heldByOther)
        {
            throw new InvalidInputException(Invariant($"case {c.Id} is held by another handler; nothing was recorded."));
        }

        if (request.LockVersion is { } version && (!string.Equals(c.LockedBy, request.Handler, StringComparison.Ordinal) || c.LockVersion != version))
        {
            throw new InvalidInputException(RingbackText.LockLost(c.Id));
        }
    }

    private async Task<InterviewState?> ApplyAnswersAsync(CallCase c, RecordRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await LoadStateAsync(c, cancellationToken).ConfigureAwait(false);
        if (request.Answers is not { Count: > 0 } answers)
        {
            return state;
        }

        var engine = scripts.Engine(c.QuestionnaireId);
        var sample = await SampleAsync(c, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            state = engine.Start(sample);
            await CreateInterviewAsync(c, state, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            state = engine.Resume(state, sample);
        }

        var n = 0;
        foreach (var answer in answers)
        {
            n++;
            var result = engine.Submit(state, sample, answer);
            if (!result.Accepted)
            {
                throw new InvalidInputException(Invariant($"answer {n} (question '{answer.QuestionId}'): {result.Reason}; nothing was recorded."));
            }

            state = result.State;
            await SaveAnswerAsync(c, answer, now, cancellationToken).ConfigureAwait(false);
        }

        await SaveStateAsync(c, state, cancellationToken).ConfigureAwait(false);
        return state;
    }

    private async Task MarkSourceAsync(CallCase c, RecallPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (c.Purpose == CallPurpose.Qa)
        {
            if (plan.Closed && c.InterviewId is { } qa && plan.Outcome == AaporOutcome.Complete)
            {
                var interview = await db.QaInterviews.SingleAsync(i => i.Id == qa, cancellationToken).ConfigureAwait(false);
                interview.CompletedAt = now;
            }

            return;
        }

        var complete = plan.Closed && plan.Outcome == AaporOutcome.Complete;
        if (complete && c.InterviewId is { } id)
        {
            var interview = await db.Interviews.SingleAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
            interview.CompletedAt = now;
        }

        if (c.SampledCaseId is { } sampledId)
        {
            var sampled = await db.SampledCases.SingleAsync(s => s.Id == sampledId, cancellationToken).ConfigureAwait(false);
            sampled.Status = !plan.Closed ? CaseStatus.InProgress : complete ? CaseStatus.Completed : CaseStatus.Closed;
            sampled.FinalDisposition = plan.Closed ? plan.Disposition : null;
        }
        else if (c.RddNumberId is { } numberId)
        {
            var number = await db.RddNumbers.SingleAsync(n => n.Id == numberId, cancellationToken).ConfigureAwait(false);
            number.Status = !plan.Closed ? RddNumberStatus.InProgress : complete ? RddNumberStatus.Completed : RddNumberStatus.Closed;
            number.FinalDisposition = plan.Closed ? plan.Disposition : null;
        }
    }

    private async Task<CaseClaim> ToClaimAsync(ClaimedCall claim, bool resumed, CancellationToken cancellationToken)
    {
        var kind = await db.CallCases.AsNoTracking().Where(c => c.Id == claim.CaseId).Select(c => c.Kind)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return new CaseClaim(claim.CaseId, kind, claim.LockVersion, claim.LockExpiresAt, resumed);
    }

    private async Task RenewAsync(CaseClaim claim, string handler, CancellationToken cancellationToken)
    {
        RingbackText.CheckHandler(handler);
        var until = time.GetUtcNow() + policy.LockDuration;
        if (!await locks.RenewAsync(db, claim.CaseId, handler, claim.LockVersion, until, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException(RingbackText.LockLost(claim.CaseId));
        }
    }

    private async Task<CallCase> LoadCaseAsync(long id, CancellationToken cancellationToken)
    {
        var forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        return await db.CallCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.ForceId == forceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidInputException(Invariant($"there is no ring-back case {id}."));
    }

    private async Task<List<AttemptLine>> AttemptLinesAsync(CallCase c, CancellationToken cancellationToken)
    {
        var rows = c.Purpose == CallPurpose.Qa
            ? await db.QaAttempts.AsNoTracking().Where(a => a.CallCaseId == c.Id)
                .Select(a => new { a.At, Handler = (string?)a.Handler, a.Outcome, a.Disposition, a.AppointmentAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false)
            : c.SampledCaseId is { } sampled
                ? await db.ContactAttempts.AsNoTracking().Where(a => a.SampledCaseId == sampled && a.Channel == Data.Entities.ContactChannel.Phone)
                    .Select(a => new { a.At, a.Handler, a.Outcome, a.Disposition, a.AppointmentAt })
                    .ToListAsync(cancellationToken).ConfigureAwait(false)
                : await db.ContactAttempts.AsNoTracking().Where(a => a.RddNumberId == c.RddNumberId && a.Channel == Data.Entities.ContactChannel.Phone)
                    .Select(a => new { a.At, a.Handler, a.Outcome, a.Disposition, a.AppointmentAt })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .Where(a => EnumCodes.TryParse<CallOutcome>(a.Outcome, out _))
            .Select(a => new AttemptLine(a.At, a.Handler ?? string.Empty, EnumCodes.Parse<CallOutcome>(a.Outcome), a.Disposition, a.AppointmentAt))
            .OrderBy(a => a.At)
            .ToList();
    }

    private async Task<IReadOnlyDictionary<string, string>> SampleAsync(CallCase c, CancellationToken cancellationToken)
    {
        if (sampleCache.TryGetValue(c.Id, out var cached))
        {
            return cached;
        }

        var force = (await _force.GetAsync(cancellationToken).ConfigureAwait(false)).Name;
        Dictionary<string, string> sample;
        if (c.Kind == CaseKind.Victim)
        {
            var victim = await (
                    from s in db.SampledCases.AsNoTracking()
                    join r in db.RecordedCrimes.AsNoTracking() on new { s.ForceId, s.CrimeRef } equals new { r.ForceId, r.CrimeRef }
                    where s.Id == c.SampledCaseId
                    select new { s.UserGroup, r.RecordedDate })
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            sample = new(StringComparer.Ordinal)
            {
                ["crime_type"] = RingbackText.CrimeTypeWords(victim.UserGroup),
                ["report_date"] = RingbackText.ReadOutDate(victim.RecordedDate),
                ["user_group"] = victim.UserGroup,
                ["force_name"] = force,
            };
        }
        else
        {
            sample = new(StringComparer.Ordinal) { ["force_name"] = force, ["area_name"] = force };
        }

        sampleCache[c.Id] = sample;
        return sample;
    }

    private async Task<(InterviewEngine Engine, IReadOnlyDictionary<string, string> Sample, InterviewState State)> OpenInterviewAsync(CallCase c, CancellationToken cancellationToken)
    {
        var engine = scripts.Engine(c.QuestionnaireId);
        var sample = await SampleAsync(c, cancellationToken).ConfigureAwait(false);
        var state = await LoadStateAsync(c, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidInputException(Invariant($"case {c.Id}: the interview has not been started."));
        return (engine, sample, state);
    }

    private async Task<InterviewState?> LoadStateAsync(CallCase c, CancellationToken cancellationToken)
    {
        if (c.InterviewId is not { } id)
        {
            return null;
        }

        var json = c.Purpose == CallPurpose.Qa
            ? await db.QaInterviews.Where(i => i.Id == id).Select(i => i.StateJson).SingleAsync(cancellationToken).ConfigureAwait(false)
            : await db.Interviews.Where(i => i.Id == id).Select(i => i.StateJson).SingleAsync(cancellationToken).ConfigureAwait(false);
        return InterviewStateJson.Read(json);
    }

    private async Task CreateInterviewAsync(CallCase c, InterviewState state, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var json = InterviewStateJson.Write(state);
        if (c.Purpose == CallPurpose.Qa)
        {
            var qa = new QaInterview { CallCaseId = c.Id, QuestionnaireId = state.QuestionnaireId, QuestionnaireVersion = state.QuestionnaireVersion, StartedAt = now, StateJson = json };
            db.QaInterviews.Add(qa);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            c.InterviewId = qa.Id;
        }
        else
        {
            var interview = new Interview
            {
                SampledCaseId = c.SampledCaseId, RddNumberId = c.RddNumberId, QuestionnaireId = state.QuestionnaireId,
                QuestionnaireVersion = state.QuestionnaireVersion, Mode = InterviewMode.Phone, StartedAt = now, StateJson = json,
            };
            db.Interviews.Add(interview);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            c.InterviewId = interview.Id;
        }
    }

    private async Task SaveStateAsync(CallCase c, InterviewState state, CancellationToken cancellationToken)
    {
        var json = InterviewStateJson.Write(state);
        var id = c.InterviewId!.Value;
        if (c.Purpose == CallPurpose.Qa)
        {
            await db.QaInterviews.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.StateJson, json), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await db.Interviews.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.StateJson, json), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SaveAnswerAsync(CallCase c, Answer answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = answer.Code?.ToString(CultureInfo.InvariantCulture);
        var id = c.InterviewId!.Value;
        await DeleteAnswerAsync(c, answer.QuestionId, cancellationToken).ConfigureAwait(false);
        if (c.Purpose == CallPurpose.Qa)
        {
            db.QaAnswers.Add(new QaAnswer { QaInterviewId = id, QuestionId = answer.QuestionId, Code = code, Text = answer.Text, AnsweredAt = now });
        }
        else
        {
            db.Answers.Add(new Data.Entities.Answer { InterviewId = id, QuestionId = answer.QuestionId, Code = code, Text = answer.Text, AnsweredAt = now });
        }
    }

    private async Task DeleteAnswerAsync(CallCase c, string questionId, CancellationToken cancellationToken)
    {
        var id = c.InterviewId!.Value;
        if (c.Purpose == CallPurpose.Qa)
        {
            await db.QaAnswers.Where(a => a.QaInterviewId == id && a.QuestionId == questionId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await db.Answers.Where(a => a.InterviewId == id && a.QuestionId == questionId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void SetSelection(CallCase c, HouseholdSelection? selection, int? position)
    {
        c.SelectionMethod = selection is null ? null : EnumCodes.ToCode(selection.Method);
        c.SelectionAdults = selection?.Adults;
        c.SelectionProbability = selection?.SelectionProbability;
        c.SelectionPosition = position;
    }

    private static InterviewStep Step(InterviewEngine engine, InterviewState state, IReadOnlyDictionary<string, string> sample, string? rejected)
    {
        var question = engine.Current(state);
        return new InterviewStep(
            state.Status,
            question,
            question is null ? null : engine.Questionnaire.ScaleOf(question),
            question is null ? null : Piping.Apply(question.Text, sample),
            state.Answers,
            rejected);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
