using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data;
using Satisfaction.Data.SmsInbound;
using Satisfaction.Data.Entities;
using Satisfaction.Sms.Conversations;
using Satisfaction.Sms.Outbox;

namespace Satisfaction.Sms.Inbound;

/// <summary>
/// The one writer of webhook work (group commit): requests queue their reply or status, a single loop takes every
/// queued item (up to <see cref="MaxBatch"/>) and applies them in arrival order in one SQLite transaction, then
/// answers each request. A request is answered only after its transaction committed, so an acknowledged reply is
/// never lost; a failed batch changes nothing and every request in it gets an error (Twilio retries, and the
/// MessageSid makes the retry count once). The loop keeps one store context with its connection open and the
/// common case's prepared statements (<see cref="ISmsFastWriter"/>, one implementation per provider) from batch to batch, so a batch does not pay for
/// opening a connection (and its PRAGMAs) or preparing statements; after a failed batch both are made afresh.
/// Texts name the force of the conversation's case and wait for its SMS hours: the open-conversation query reads the
/// case's force with the conversation, and the force's texts are kept in memory (<see cref="SmsSurvey"/>), so a reply
/// costs no extra query.
/// </summary>
public sealed class SmsInboundWriter(
    SatisfactionStore store,
    SmsSurvey survey,
    SmsRecorder recorder,
    SmsPhoneKeys keys,
    TimeProvider time,
    ILogger<SmsInboundWriter> logger) : BackgroundService
{
    /// <summary>Most items in one transaction.</summary>
    public const int MaxBatch = 512;

    private const int MaxBody = 1600;

    private readonly Channel<Work> queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });

    // Owned by the single loop of ExecuteAsync (never touched by two threads at once).
    private SatisfactionDbContext? writerDb;
    private ISmsFastWriter? fastWriter;

    /// <summary>Queues an inbound reply and waits until it is committed.</summary>
    public Task<SmsWorkResult> SubmitAsync(SmsInboundReply reply, CancellationToken cancellationToken = default) => Submit(new Work(reply, null), cancellationToken);

    /// <summary>Queues a status callback and waits until it is committed.</summary>
    public Task<SmsWorkResult> SubmitAsync(SmsStatusReport report, CancellationToken cancellationToken = default) => Submit(new Work(null, report), cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Work>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var work))
                {
                    batch.Add(work);
                }

                try
                {
                    var results = await ProcessAsync(batch, stoppingToken).ConfigureAwait(false);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Done.TrySetResult(results[i]);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Nothing of the batch was stored. Apply its items one by one, so one bad item cannot block the
                    // others (Twilio retries the one that fails, and its MessageSid keeps the retry from counting twice).
                    logger.LogWarning(ex, "SMS webhook batch of {Count} failed; nothing of it was stored; retrying its items one by one", batch.Count);
                    foreach (var work in batch)
                    {
                        try
                        {
                            var single = await ProcessAsync([work], stoppingToken).ConfigureAwait(false);
                            work.Done.TrySetResult(single[0]);
                        }
                        catch (Exception itemError) when (itemError is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                        {
                            logger.LogError(itemError, "SMS webhook item failed; nothing of it was stored");
                            work.Done.TrySetException(itemError);
                        }
                    }
                }
            }
        }
        finally
        {
            await ResetWriterAsync().ConfigureAwait(false);
            while (queue.Reader.TryRead(out var left))
            {
                left.Done.TrySetCanceled(stoppingToken);
            }

            foreach (var work in batch)
            {
                work.Done.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task<SmsWorkResult> Submit(Work work, CancellationToken cancellationToken)
    {
        if (!queue.Writer.TryWrite(work))
        {
            throw new InvalidOperationException("The SMS webhook writer is not running.");
        }

        return await work.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SmsWorkResult[]> ProcessAsync(List<Work> batch, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessOnceAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The context may hold half a batch's tracked changes and the statements a broken transaction: start afresh.
            await ResetWriterAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task ResetWriterAsync()
    {
        fastWriter?.Dispose();
        fastWriter = null;
        if (writerDb is { } db)
        {
            writerDb = null;
            await db.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<SmsWorkResult[]> ProcessOnceAsync(List<Work> batch, CancellationToken cancellationToken)
    {
        await keys.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var engine = await survey.EngineAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var results = new SmsWorkResult[batch.Count];
        if (writerDb is null)
        {
            var created = store.CreateDbContext();
            try
            {
                // Opened by us, so EF Core keeps it open across the batches' transactions until the context is disposed.
                await created.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await created.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            writerDb = created;
        }

        var db = writerDb;
        db.ChangeTracker.Clear();
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var fast = fastWriter ??= SmsFastWriters.Open(db);
            fast.Use(transaction.GetDbTransaction());

            // Point look-ups on prepared statements (unique index on message_sid, index on phone_key and status):
            // the MessageSids already stored, each number's keyed hash once, and its open conversation.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var byKey = new Dictionary<string, SmsConversation>(StringComparer.Ordinal);
            var forceOf = new Dictionary<long, int?>();
            foreach (var r in batch.Select(w => w.Reply).OfType<SmsInboundReply>())
            {
                if (!seen.Contains(r.MessageSid) && fast.Seen(r.MessageSid))
                {
                    seen.Add(r.MessageSid);
                }

                if (!keyOf.TryGetValue(r.From, out var key))
                {
                    keyOf.Add(r.From, key = keys.KeyOf(r.From));
                }

                if (!byKey.ContainsKey(key) && fast.OpenConversation(key) is { } open)
                {
                    byKey.Add(key, open.Conversation);
                    forceOf[open.Conversation.Id] = open.ForceId;
                }
            }

            var statusSids = batch.Select(w => w.Status?.MessageSid).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var sentBySid = statusSids.Count == 0
                ? []
                : await db.SmsOutbox.Where(m => m.ProviderSid != null && statusSids.Contains(m.ProviderSid)).ToDictionaryAsync(m => m.ProviderSid!, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

            var forces = new Dictionary<int, (SmsConversationEngine Engine, DateTimeOffset NotBefore)>();
            foreach (var force in forceOf.Values.OfType<int>().Distinct())
            {
                forces[force] = (await survey.EngineAsync(force, cancellationToken).ConfigureAwait(false), recorder.NextSendTime(force, now));
            }

            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Reply is { } reply)
                {
                    var key = keyOf[reply.From];
                    var force = byKey.TryGetValue(key, out var open) ? forceOf[open.Id] : null;
                    // Without an open conversation no text waits on the hours here (HELP finds its force itself).
                    var (forceEngine, forceNotBefore) = force is { } f ? forces[f] : (engine, open is null ? now : recorder.NextSendTime(now));
                    results[i] = await ApplyReplyAsync(db, fast, force, forceEngine, reply, key, seen, byKey, now, forceNotBefore, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    results[i] = await ApplyStatusAsync(db, batch[i].Status!, sentBySid, now, cancellationToken).ConfigureAwait(false);
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        recorder.NotifySender();
        return results;
    }

    private async Task<SmsWorkResult> ApplyReplyAsync(
        SatisfactionDbContext db,
        ISmsFastWriter fast,
        int? forceId,
        SmsConversationEngine engine,
        SmsInboundReply reply,
        string key,
        HashSet<string> seen,
        Dictionary<string, SmsConversation> byKey,
        DateTimeOffset now,
        DateTimeOffset notBefore,
        CancellationToken cancellationToken)
    {
        if (!seen.Add(reply.MessageSid))
        {
            return SmsWorkResult.Duplicate;
        }

        var body = reply.Body.Length <= MaxBody ? reply.Body : reply.Body[..MaxBody];
        var row = new SmsInboundMessage { MessageSid = reply.MessageSid, FromPhone = reply.From.Length <= 32 ? reply.From : reply.From[..32], Body = body, ReceivedAt = now };
        byKey.TryGetValue(key, out var conversation);
        if (conversation is { Status: not SmsConversationStatus.Open })
        {
            conversation = null;
        }

        row.ConversationId = conversation?.Id;
        var keyword = SmsKeywords.Classify(body);
        if (keyword is SmsKeyword.OptOut or SmsKeyword.OptIn)
        {
            row.QuestionId = conversation is null ? null : SmsSurvey.Deserialise(conversation.StateJson).CurrentQuestionId;
            row.Outcome = keyword == SmsKeyword.OptOut ? EnumCodes.ToCode(SmsReplyOutcome.OptedOut) : "opted_in";
            db.SmsInbound.Add(row);
            if (keyword == SmsKeyword.OptOut)
            {
                if (conversation is not null && db.Entry(conversation).State == EntityState.Detached)
                {
                    db.SmsConversations.Attach(conversation);
                }

                await recorder.OptOutAsync(db, key, reply.From, "keyword", now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await SmsRecorder.OptInAsync(db, key, now, cancellationToken).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SmsWorkResult.Done;
        }

        if (conversation is null)
        {
            // No open interview: no automatic answer (the text is kept for a supervisor), except HELP from a number
            // this service has texted, which is told who is asking (the force of its latest conversation) and how to stop.
            if (keyword == SmsKeyword.Help && await LatestForceAsync(db, key, cancellationToken).ConfigureAwait(false) is { } latest)
            {
                row.Outcome = EnumCodes.ToCode(SmsReplyOutcome.Help);
                fast.Inbound(row);
                var help = latest.ForceId is { } asker ? await survey.EngineAsync(asker, cancellationToken).ConfigureAwait(false) : engine;
                recorder.Queue(db, latest.ForceId, null, reply.From, [new SmsOutgoing(SmsMessageKind.Help, help.Texts.HelpText, null)], "in:" + reply.MessageSid, now);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return SmsWorkResult.Done;
            }

            row.Outcome = "unmatched";
            fast.Inbound(row);
            return SmsWorkResult.Done;
        }

        var state = SmsSurvey.Deserialise(conversation.StateJson);
        var sample = SmsSurvey.DeserialiseSample(conversation.SampleJson);
        var step = engine.Reply(state, sample, body);
        row.QuestionId = step.QuestionId;
        row.Outcome = EnumCodes.ToCode(step.Outcome);
        var prefix = "in:" + reply.MessageSid;
        if (!step.State.IsOpen)
        {
            // The interview ends: the closing touches the case, its channel and the contact attempts (EF Core).
            db.SmsInbound.Add(row);
            if (db.Entry(conversation).State == EntityState.Detached)
            {
                db.SmsConversations.Attach(conversation);
            }

            await recorder.ApplyAsync(db, forceId, conversation, step, reply.From, prefix, now, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SmsWorkResult.Done;
        }

        // The common case, on prepared statements.
        fast.Inbound(row);
        if (step.Answer is { } answer)
        {
            fast.Answer(conversation.InterviewId, answer, now);
        }

        conversation.StateJson = SmsSurvey.Serialise(step.State);
        conversation.Status = step.State.Status;
        conversation.LastActivityAt = now;
        fast.Conversation(conversation);
        for (var m = 0; m < step.Messages.Count; m++)
        {
            fast.Outbox(string.Create(CultureInfo.InvariantCulture, $"{prefix}:{m}"), reply.From, step.Messages[m], conversation.Id, notBefore, now);
        }

        return SmsWorkResult.Done;
    }

    /// <summary>Whether the number was ever in a conversation, and then the force of the latest one's case (rare path: HELP outside an interview).</summary>
    private static async Task<LatestConversation?> LatestForceAsync(SatisfactionDbContext db, string key, CancellationToken cancellationToken) =>
        await (from c in db.SmsConversations.AsNoTracking()
               where c.PhoneKey == key
               orderby c.Id descending
               select new LatestConversation(db.SampledCases.Where(s => s.Id == c.SampledCaseId).Select(s => (int?)s.ForceId).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private async Task<SmsWorkResult> ApplyStatusAsync(SatisfactionDbContext db, SmsStatusReport report, Dictionary<string, SmsOutboxMessage> sentBySid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!sentBySid.TryGetValue(report.MessageSid, out var message))
        {
            return SmsWorkResult.Unknown;
        }

        var before = message.DeliveryStatus;
        message.DeliveryStatus = SmsDeliveryStatuses.Later(before, report.Status);
        if (string.Equals(message.DeliveryStatus, before, StringComparison.Ordinal))
        {
            return SmsWorkResult.Duplicate;
        }

        if (report.ErrorCode is { } code && message.DeliveryStatus is "undelivered" or "failed")
        {
            message.ErrorCode = code;
            await recorder.ApplyProviderErrorAsync(db, message, code, now, cancellationToken).ConfigureAwait(false);
        }

        return SmsWorkResult.Done;
    }

    private sealed record LatestConversation(int? ForceId);

    private sealed record Work(SmsInboundReply? Reply, SmsStatusReport? Status)
    {
        public TaskCompletionSource<SmsWorkResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
