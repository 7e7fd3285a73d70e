using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Core.Phones;
using Satisfaction.Core.Sms;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Sms.Conversations;
using Satisfaction.Sms.Hosting;

namespace Satisfaction.Sms.Dispatch;

/// <summary>
/// One pass of the <c>sms-dispatch</c> job: reminders and expiry of open SMS interviews, then invitations. Invitations
/// and reminders are stored only inside permitted SMS hours (never on a bank holiday); expiry needs no text and runs
/// at any time. Who is invited: sampled cases still pending, of a programme whose <c>channels</c> include <c>sms</c>,
/// whose victim has a mobile number that is not on the suppression list, whose victim has not opted out, and whose
/// number is not already in an open SMS interview. A pass acts for one force: its cases only, in its own SMS hours and
/// bank holidays, every text naming it. Opt-outs and suppressions are store-wide on purpose: a victim who said STOP to
/// one force's survey gets nothing from any.
/// </summary>
public sealed class SmsDispatchService(
    SatisfactionStore store,
    SmsSurvey survey,
    SmsRecorder recorder,
    SmsPhoneKeys keys,
    IOptions<SmsOptions> options,
    TimeProvider time)
{
    /// <summary>Most invitations stored by one pass.</summary>
    public const int MaxInvitationsPerPass = 2000;

    private static readonly Dictionary<string, string> CrimeTypes = new(StringComparer.Ordinal)
    {
        ["burglary"] = "burglary",
        ["vehicle"] = "vehicle crime",
        ["violent"] = "violent crime",
        ["hate"] = "hate incident",
        ["asb"] = "anti-social behaviour",
    };

    /// <summary>
    /// Runs one pass for every force in the store in turn, at the clock's now; the counts are summed and SMS hours are
    /// open when they are open for at least one force (no force: the default hours, nothing to do).
    /// </summary>
    public async Task<SmsDispatchResult> RunAsync(CancellationToken cancellationToken = default)
    {
        List<int> forces;
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            forces = await db.Forces.AsNoTracking().OrderBy(f => f.Code).Select(f => f.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var total = new SmsDispatchResult(forces.Count == 0 && recorder.SmsPermitted(time.GetUtcNow()), 0, 0, 0, 0, 0, 0, 0);
        foreach (var force in forces)
        {
            var one = await RunAsync(force, cancellationToken).ConfigureAwait(false);
            total = new SmsDispatchResult(total.SmsPermittedNow || one.SmsPermittedNow, total.Invited + one.Invited, total.Reminded + one.Reminded,
                total.Expired + one.Expired, total.SkippedNoMobile + one.SkippedNoMobile, total.SkippedOptedOut + one.SkippedOptedOut,
                total.SkippedBusyNumber + one.SkippedBusyNumber, total.Sent + one.Sent);
        }

        return total;
    }

    /// <summary>Runs one pass for the force of a command or job run (<c>--force</c> / <c>Store:Force</c>, else the only force; none in an empty store).</summary>
    /// <exception cref="Core.InvalidInputException">No such force, or several and none chosen.</exception>
    public async Task<SmsDispatchResult> RunAsync(Application.Forces.ForceScope force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(force);
        var id = await force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        return id == 0 ? await RunAsync(cancellationToken).ConfigureAwait(false) : await RunAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one pass for force <paramref name="forceId"/> (its cases, its SMS hours, texts naming it) at the clock's now.</summary>
    /// <param name="forceId">The force's store key.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<SmsDispatchResult> RunAsync(int forceId, CancellationToken cancellationToken = default)
    {
        await keys.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var engine = await survey.EngineAsync(forceId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var permitted = recorder.SmsPermitted(forceId, now);
        var (reminded, expired) = await FollowUpAsync(forceId, engine, now, permitted, cancellationToken).ConfigureAwait(false);
        var (invited, noMobile, optedOut, busy) = permitted ? await InviteAsync(forceId, engine, now, cancellationToken).ConfigureAwait(false) : (0, 0, 0, 0);
        if (invited + reminded > 0)
        {
            recorder.NotifySender();
        }

        return new SmsDispatchResult(permitted, invited, reminded, expired, noMobile, optedOut, busy, 0);
    }

    /// <summary>The sample values piped into the texts: <c>crime_type</c>, <c>report_date</c> (e.g. <c>3 Mar</c>), <c>user_group</c>.</summary>
    public static Dictionary<string, string> SampleValues(string userGroup, DateOnly reported) => new(StringComparer.Ordinal)
    {
        ["crime_type"] = CrimeTypes.GetValueOrDefault(userGroup, "incident"),
        ["report_date"] = reported.ToString("d MMM", CultureInfo.InvariantCulture),
        ["user_group"] = userGroup,
    };

    private async Task<(int Reminded, int Expired)> FollowUpAsync(int forceId, SmsConversationEngine engine, DateTimeOffset now, bool permitted, CancellationToken cancellationToken)
    {
        var policy = new SmsFollowUpPolicy(options.Value.ReminderAfter, options.Value.ExpireAfter);
        var quietSince = now - policy.ReminderAfter;
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var due = await (
                from c in db.SmsConversations
                where c.Status == SmsConversationStatus.Open && c.LastActivityAt <= quietSince
                join s in db.SampledCases on c.SampledCaseId equals s.Id
                where s.ForceId == forceId
                join v in db.VictimContacts on new { s.ForceId, s.VictimId } equals new { v.ForceId, v.VictimId } into contacts
                from v in contacts.DefaultIfEmpty()
                select new { Conversation = c, Phone = v == null ? null : v.PhoneE164 }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var (reminded, expired) = (0, 0);
            foreach (var item in due)
            {
                var c = item.Conversation;
                var state = SmsSurvey.Deserialise(c.StateJson);
                switch (policy.Decide(c.LastActivityAt, c.ReminderSentAt, now, permitted))
                {
                    case SmsFollowUp.Expire:
                        await recorder.CloseAsync(db, c, SmsConversationEngine.Expire(state), null, now, cancellationToken).ConfigureAwait(false);
                        expired++;
                        break;
                    case SmsFollowUp.Remind when item.Phone is not null && engine.Reminder(state, SmsSurvey.DeserialiseSample(c.SampleJson)) is { } reminder:
                        recorder.Queue(db, forceId, c.Id, item.Phone, [reminder], string.Create(CultureInfo.InvariantCulture, $"c{c.Id}:reminder:{c.LastActivityAt.UtcTicks}"), now);
                        c.ReminderSentAt = now;
                        reminded++;
                        break;
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return (reminded, expired);
        }
    }

    private async Task<(int Invited, int NoMobile, int OptedOut, int Busy)> InviteAsync(int forceId, SmsConversationEngine engine, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var programmes = (await survey.ProgrammesAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.UsesSms).Select(p => p.Id).ToList();
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var candidates = await (
                from s in db.SampledCases
                where s.ForceId == forceId && s.Status == CaseStatus.Pending && s.FinalDisposition == null
                join p in db.SurveyProgrammes on s.SurveyProgrammeId equals p.Id
                where programmes.Contains(p.Code)
                where !db.SmsCaseChannels.Any(ch => ch.SampledCaseId == s.Id) && !db.SmsConversations.Any(c => c.SampledCaseId == s.Id)

                // A case the telephone queue already works (landline only, a telephone programme) is not the SMS side's:
                // left in, such cases would be read again every pass and could fill the window ahead of new ones.
                where !db.CallCases.Any(k => k.SampledCaseId == s.Id && k.Purpose == CallPurpose.Survey && k.Status != CallCaseStatus.AwaitingSms)
                join r in db.RecordedCrimes on new { s.ForceId, s.CrimeRef } equals new { r.ForceId, r.CrimeRef }
                join v in db.VictimContacts on new { s.ForceId, s.VictimId } equals new { v.ForceId, v.VictimId } into contacts
                from v in contacts.DefaultIfEmpty()
                orderby s.Id
                select new { Case = s, r.RecordedDate, Phone = v == null ? null : v.PhoneE164 })
                .Take(MaxInvitationsPerPass * 2).ToListAsync(cancellationToken).ConfigureAwait(false);

            var victims = candidates.Select(c => c.Case.VictimId).Distinct(StringComparer.Ordinal).ToList();
            var optedOutVictims = (await db.OptOuts.AsNoTracking().Where(o => o.VictimId != null && victims.Contains(o.VictimId))
                .Select(o => o.VictimId!).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var withKeys = candidates.Select(c => (c.Case, c.RecordedDate, c.Phone, Key: c.Phone is null ? null : keys.KeyOf(c.Phone))).ToList();
            var phoneKeys = withKeys.Select(c => c.Key).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var suppressed = (await db.SmsSuppressions.AsNoTracking().Where(s => s.LiftedAt == null && phoneKeys.Contains(s.PhoneKey))
                .Select(s => s.PhoneKey).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var busy = (await db.SmsConversations.AsNoTracking().Where(c => c.Status == SmsConversationStatus.Open && phoneKeys.Contains(c.PhoneKey))
                .Select(c => c.PhoneKey).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

            var (noMobile, optedOut, busyCount) = (0, 0, 0);
            var chosen = new List<(SampledCase Case, string Phone, string Key, Dictionary<string, string> Sample, SmsConversationStep Start, Interview Interview)>();
            foreach (var c in withKeys)
            {
                if (chosen.Count >= MaxInvitationsPerPass)
                {
                    break;
                }

                if (c.Phone is null || c.Key is null || UkPhoneNumbers.Normalise(c.Phone).Kind != PhoneNumberKind.Mobile)
                {
                    noMobile++;
                    continue;
                }

                if (suppressed.Contains(c.Key) || optedOutVictims.Contains(c.Case.VictimId))
                {
                    // Waits, untexted, until START lifts the suppression (the rule): not closed, not called.
                    optedOut++;
                    continue;
                }

                if (!busy.Add(c.Key))
                {
                    busyCount++;
                    continue;
                }

                var sample = SampleValues(c.Case.UserGroup, c.RecordedDate);
                var start = engine.Start(sample);
                if (start.Messages.Count == 0)
                {
                    continue;
                }

                chosen.Add((c.Case, c.Phone, c.Key, sample, start, new Interview
                {
                    SampledCaseId = c.Case.Id,
                    QuestionnaireId = engine.Questionnaire.Id,
                    QuestionnaireVersion = engine.Questionnaire.Version,
                    Mode = InterviewMode.Sms,
                    StartedAt = now,
                }));
            }

            if (chosen.Count == 0)
            {
                return (0, noMobile, optedOut, busyCount);
            }

            // One transaction: a case is invited with its interview, conversation and text, or not at all.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                db.Interviews.AddRange(chosen.Select(c => c.Interview));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                var conversations = new List<SmsConversation>();
                foreach (var c in chosen)
                {
                    var conversation = new SmsConversation
                    {
                        PhoneKey = c.Key,
                        SampledCaseId = c.Case.Id,
                        InterviewId = c.Interview.Id,
                        SampleJson = SmsSurvey.SerialiseSample(c.Sample),
                        StateJson = SmsSurvey.Serialise(c.Start.State),
                        Status = SmsConversationStatus.Open,
                        StartedAt = now,
                        LastActivityAt = now,
                    };
                    conversations.Add(conversation);
                    db.SmsConversations.Add(conversation);
                    db.SmsCaseChannels.Add(new SmsCaseChannel { SampledCaseId = c.Case.Id, Status = SmsCaseStatus.Invited, UpdatedAt = now });
                    c.Case.Status = CaseStatus.InProgress;
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < chosen.Count; i++)
                {
                    recorder.Queue(db, forceId, conversations[i].Id, chosen[i].Phone, chosen[i].Start.Messages, string.Create(CultureInfo.InvariantCulture, $"case{chosen[i].Case.Id}:invite"), now);
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return (chosen.Count, noMobile, optedOut, busyCount);
        }
    }
}
