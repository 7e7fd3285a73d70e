using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Sms.Outbox;
using DataAnswer = Satisfaction.Data.Entities.Answer;
using DataChannel = Satisfaction.Data.Entities.ContactChannel;

namespace Satisfaction.Sms.Conversations;

/// <summary>
/// Writes what the conversation decided into a store context (the caller saves, in one transaction): texts into the
/// outbox (not before the next permitted SMS time), answers as the questionnaire's codes, and the closing of an
/// interview (disposition, case status, ring-back hand-over, contact attempt). Stateless apart from its services.
/// SMS hours are those of the case's force as the windows source gives them at each use (those every force permits
/// where the force is not known).
/// </summary>
public sealed class SmsRecorder(IContactWindowsSource windows, SmsSurvey survey, SmsOutboxSignal signal, SmsPhoneKeys keys)
{
    /// <summary>The first instant a text may go: <paramref name="now"/> inside permitted SMS hours, else the next window's start.</summary>
    public DateTimeOffset NextSendTime(DateTimeOffset now)
    {
        var decision = windows.Current.Decide(Core.Contact.ContactChannel.Sms, now);
        return decision.Allowed ? now : decision.NextAllowedAt.ToUniversalTime();
    }

    /// <summary>Whether SMS may be sent at <paramref name="now"/> (in the hours every force permits).</summary>
    public bool SmsPermitted(DateTimeOffset now) => windows.Current.Decide(Core.Contact.ContactChannel.Sms, now).Allowed;

    /// <summary>The first instant a text to a victim of force <paramref name="forceId"/> may go, by that force's SMS hours and bank holidays.</summary>
    public DateTimeOffset NextSendTime(int? forceId, DateTimeOffset now)
    {
        var decision = Windows(forceId).Decide(Core.Contact.ContactChannel.Sms, now);
        return decision.Allowed ? now : decision.NextAllowedAt.ToUniversalTime();
    }

    /// <summary>Whether SMS may be sent to a victim of force <paramref name="forceId"/> at <paramref name="now"/> (null: the hours every force permits).</summary>
    public bool SmsPermitted(int? forceId, DateTimeOffset now) => Windows(forceId).Decide(Core.Contact.ContactChannel.Sms, now).Allowed;

    /// <summary>Wakes the outbox sender (after the caller committed).</summary>
    public void NotifySender() => signal.Notify();

    /// <summary>Stores texts in the outbox with idempotency keys <c>{keyPrefix}:0</c>, <c>:1</c>, ..., not before the hours every force permits.</summary>
    public void Queue(SatisfactionDbContext db, long? conversationId, string toPhone, IReadOnlyList<SmsOutgoing> messages, string keyPrefix, DateTimeOffset now) =>
        Queue(db, null, conversationId, toPhone, messages, keyPrefix, now);

    /// <summary>Stores texts to a victim of force <paramref name="forceId"/> in the outbox, not before that force's SMS hours (null: those every force permits).</summary>
    public void Queue(SatisfactionDbContext db, int? forceId, long? conversationId, string toPhone, IReadOnlyList<SmsOutgoing> messages, string keyPrefix, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        var notBefore = NextSendTime(forceId, now);
        for (var i = 0; i < messages.Count; i++)
        {
            db.SmsOutbox.Add(new SmsOutboxMessage
            {
                IdempotencyKey = $"{keyPrefix}:{i}",
                ToPhone = toPhone,
                Body = messages[i].Body,
                Kind = messages[i].Kind,
                ConversationId = conversationId,
                Status = SmsOutboxStatus.Queued,
                NotBefore = notBefore,
                CreatedAt = now,
            });
        }
    }

    /// <summary>Applies a reply's step: state, the answer, the texts (in the hours of force <paramref name="forceId"/>); closes the interview when the step ended it.</summary>
    public async Task ApplyAsync(SatisfactionDbContext db, int? forceId, SmsConversation conversation, SmsConversationStep step, string toPhone, string keyPrefix, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(step);
        conversation.StateJson = SmsSurvey.Serialise(step.State);
        conversation.Status = step.State.Status;
        conversation.LastActivityAt = now;
        if (step.Answer is { } answer)
        {
            db.Answers.Add(ToRow(conversation.InterviewId, answer, now));
        }

        Queue(db, forceId, conversation.Id, toPhone, step.Messages, keyPrefix, now);
        if (!step.State.IsOpen)
        {
            await CloseAsync(db, conversation, step.State, null, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Closes a conversation whose state is over: its disposition, the interview, the case (completed; closed; or left
    /// in progress and queued for a ring-back when the programme rings back non-responders), a contact attempt, and
    /// the withdrawal of its texts still queued (except a thank-you stored in this unit of work).
    /// </summary>
    /// <param name="db">The context (the caller saves).</param>
    /// <param name="conversation">The conversation.</param>
    /// <param name="state">Its final state.</param>
    /// <param name="undeliverableReason">Set (e.g. <c>twilio_30006</c>) when the number cannot take texts.</param>
    /// <param name="now">Now.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task CloseAsync(SatisfactionDbContext db, SmsConversation conversation, SmsConversationState state, string? undeliverableReason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(state);
        var engine = await survey.EngineAsync(cancellationToken).ConfigureAwait(false);
        var disposition = engine.Disposition(state) ?? SmsDispositions.NothingReturned;
        conversation.StateJson = SmsSurvey.Serialise(state);
        conversation.Status = state.Status;
        conversation.EndedAt = now;
        conversation.Disposition = disposition;

        var interview = SmsDispositions.IsInterview(disposition);
        var caseStatus = interview ? SmsCaseStatus.Interviewed
            : state.Status == SmsConversationStatus.Stopped ? SmsCaseStatus.OptedOut
            : undeliverableReason is not null ? SmsCaseStatus.Undeliverable
            : disposition == SmsDispositions.Refusal ? SmsCaseStatus.Refused
            : SmsCaseStatus.NoResponse;

        var sampled = await db.SampledCases.FindAsync([conversation.SampledCaseId], cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"SMS conversation {conversation.Id} refers to a missing case {conversation.SampledCaseId}.");
        var ringBack = false;
        if (caseStatus is SmsCaseStatus.NoResponse or SmsCaseStatus.Undeliverable)
        {
            var code = await db.SurveyProgrammes.AsNoTracking().Where(p => p.Id == sampled.SurveyProgrammeId).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var programmes = await survey.ProgrammesAsync(cancellationToken).ConfigureAwait(false);
            ringBack = programmes.FirstOrDefault(p => string.Equals(p.Id, code, StringComparison.Ordinal))?.RingsBackNonResponders ?? false;
        }

        if (interview)
        {
            sampled.Status = CaseStatus.Completed;
            sampled.FinalDisposition = disposition;
            if (await db.Interviews.FindAsync([conversation.InterviewId], cancellationToken).ConfigureAwait(false) is { } row)
            {
                row.CompletedAt = now;
                row.StateJson = conversation.StateJson;
            }
        }
        else if (ringBack)
        {
            sampled.Status = CaseStatus.InProgress;
        }
        else
        {
            sampled.Status = CaseStatus.Closed;
            sampled.FinalDisposition = disposition;
        }

        var channel = await db.SmsCaseChannels.FindAsync([conversation.SampledCaseId], cancellationToken).ConfigureAwait(false);
        if (channel is null)
        {
            channel = new SmsCaseChannel { SampledCaseId = conversation.SampledCaseId };
            db.SmsCaseChannels.Add(channel);
        }

        channel.Status = caseStatus;
        channel.RingBackQueued = ringBack;
        channel.RingBackReason = ringBack ? undeliverableReason ?? "no_response" : null;
        channel.UpdatedAt = now;

        db.ContactAttempts.Add(new ContactAttempt
        {
            SampledCaseId = conversation.SampledCaseId,
            Channel = DataChannel.Sms,
            At = now,
            Outcome = EnumCodes.ToCode(caseStatus),
            Disposition = disposition,
        });

        var id = conversation.Id;
        await db.SmsOutbox
            .Where(m => m.ConversationId == id && m.Status == SmsOutboxStatus.Queued && m.Kind != SmsMessageKind.ThankYou)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, SmsOutboxStatus.Cancelled), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records an opt-out of a number: on the suppression list (or back on it), every open conversation of the number
    /// stopped and closed, and every text still queued to it withdrawn.
    /// </summary>
    public async Task OptOutAsync(SatisfactionDbContext db, string phoneKey, string toPhone, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var suppression = db.SmsSuppressions.Local.FirstOrDefault(s => s.PhoneKey == phoneKey)
            ?? await db.SmsSuppressions.FindAsync([phoneKey], cancellationToken).ConfigureAwait(false);
        if (suppression is null)
        {
            db.SmsSuppressions.Add(new SmsSuppression { PhoneKey = phoneKey, OptedOutAt = now, Source = source });
        }
        else if (suppression.LiftedAt is not null)
        {
            suppression.LiftedAt = null;
            suppression.OptedOutAt = now;
            suppression.Source = source;
        }

        var open = await db.SmsConversations.Where(c => c.PhoneKey == phoneKey && c.Status == SmsConversationStatus.Open).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var conversation in open.Where(c => c.Status == SmsConversationStatus.Open))
        {
            var state = SmsSurvey.Deserialise(conversation.StateJson) with { CurrentQuestionId = null, Status = SmsConversationStatus.Stopped };
            await CloseAsync(db, conversation, state, null, now, cancellationToken).ConfigureAwait(false);
        }

        // Texts of every conversation of the number (indexed by phone key), and any other text queued to it.
        var conversationIds = db.SmsConversations.Where(c => c.PhoneKey == phoneKey).Select(c => (long?)c.Id);
        await db.SmsOutbox.Where(m => m.Status == SmsOutboxStatus.Queued && (conversationIds.Contains(m.ConversationId) || (m.ConversationId == null && m.ToPhone == toPhone)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, SmsOutboxStatus.Cancelled), cancellationToken).ConfigureAwait(false);
        foreach (var pending in db.SmsOutbox.Local.Where(m => m.ToPhone == toPhone && m.Status == SmsOutboxStatus.Queued))
        {
            pending.Status = SmsOutboxStatus.Cancelled;
        }
    }

    /// <summary>Lifts an opt-out (START): texts may go to the number again.</summary>
    public static async Task OptInAsync(SatisfactionDbContext db, string phoneKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var suppression = db.SmsSuppressions.Local.FirstOrDefault(s => s.PhoneKey == phoneKey)
            ?? await db.SmsSuppressions.FindAsync([phoneKey], cancellationToken).ConfigureAwait(false);
        if (suppression is { LiftedAt: null })
        {
            suppression.LiftedAt = now;
        }
    }

    /// <summary>
    /// What a provider error means for the case: 21610 (unsubscribed) is an opt-out of the number; 30003, 30005, 30006
    /// (unreachable, unknown, landline), 21211 (invalid number) and 21614 (not a mobile) close the SMS interview as
    /// undeliverable and hand the case to the ring-back queue when its programme rings back.
    /// </summary>
    public async Task ApplyProviderErrorAsync(SatisfactionDbContext db, SmsOutboxMessage message, int errorCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (errorCode == 21610)
        {
            await OptOutAsync(db, keys.KeyOf(message.ToPhone), message.ToPhone, "twilio_21610", now, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (errorCode is 30003 or 30005 or 30006 or 21211 or 21614 && message.ConversationId is { } conversationId)
        {
            var conversation = await db.SmsConversations.FindAsync([conversationId], cancellationToken).ConfigureAwait(false);
            if (conversation is { Status: SmsConversationStatus.Open })
            {
                var state = SmsConversationEngine.Expire(SmsSurvey.Deserialise(conversation.StateJson));
                await CloseAsync(db, conversation, state, $"twilio_{errorCode}", now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Core.Contact.ContactWindows Windows(int? forceId) => forceId is { } id ? windows.ForForce(id) : windows.Current;

    private static DataAnswer ToRow(long interviewId, Core.Questionnaires.Answer answer, DateTimeOffset now) => new()
    {
        InterviewId = interviewId,
        QuestionId = answer.QuestionId,
        Code = answer.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Text = answer.Text,
        AnsweredAt = now,
    };
}
