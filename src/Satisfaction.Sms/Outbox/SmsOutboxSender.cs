using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Sms.Conversations;
using Satisfaction.Sms.Transport;

namespace Satisfaction.Sms.Outbox;

/// <summary>
/// Sends the outbox: each due text is claimed with a conditional update (so two senders never both send it), checked
/// again against the suppression list and the permitted hours of the force it speaks for (its conversation's case's
/// force; for a text outside a conversation, such as HELP, the force of the number's latest conversation; else the
/// hours every force permits), sent through the shared rate limit with retries and
/// backoff on 429 and 5xx (Polly), and its result stored. A text claimed by a sender that crashed is looked up at the
/// provider before it is sent again, so it goes once; with several nodes each may find it, and only the first to write
/// back changes it.
/// </summary>
public sealed class SmsOutboxSender : IDisposable
{
    /// <summary>After this long a claimed text whose result was never stored is checked with the provider.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(2);

    private readonly SatisfactionStore store;
    private readonly ISmsTransport transport;
    private readonly SmsRateLimiter limiter;
    private readonly SmsRecorder recorder;
    private readonly SmsPhoneKeys keys;
    private readonly TimeProvider time;
    private readonly ILogger<SmsOutboxSender> logger;
    private readonly ResiliencePipeline pipeline;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Creates the sender.</summary>
    public SmsOutboxSender(SatisfactionStore store, ISmsTransport transport, SmsRateLimiter limiter, SmsRecorder recorder, SmsPhoneKeys keys, TimeProvider time, ILogger<SmsOutboxSender> logger)
    {
        this.store = store;
        this.transport = transport;
        this.limiter = limiter;
        this.recorder = recorder;
        this.keys = keys;
        this.time = time;
        this.logger = logger;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SmsTransportException>(e => e.IsTransient),
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
            })
            .Build();
    }

    /// <summary>Sends every text due now (at most <paramref name="max"/>); returns how many the provider accepted.</summary>
    public async Task<int> SendDueAsync(int max = 500, CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await keys.EnsureAsync(cancellationToken).ConfigureAwait(false);
            await ReconcileStaleAsync(cancellationToken).ConfigureAwait(false);
            var sent = 0;
            while (sent < max)
            {
                var now = time.GetUtcNow();
                List<long> due;
                var db = store.CreateDbContext();
                await using (db.ConfigureAwait(false))
                {
                    due = await db.SmsOutbox.AsNoTracking()
                        .Where(m => m.Status == SmsOutboxStatus.Queued && m.NotBefore <= now)
                        .OrderBy(m => m.Id).Select(m => m.Id).Take(50).ToListAsync(cancellationToken).ConfigureAwait(false);
                }

                if (due.Count == 0)
                {
                    break;
                }

                var progressed = false;
                foreach (var id in due)
                {
                    var result = await SendOneAsync(id, cancellationToken).ConfigureAwait(false);
                    sent += result == SendOutcome.Sent ? 1 : 0;
                    progressed |= result != SendOutcome.NotClaimed && result != SendOutcome.RetryLater;
                }

                if (!progressed)
                {
                    break;
                }
            }

            return sent;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task<SendOutcome> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var claimed = await db.SmsOutbox.Where(m => m.Id == id && m.Status == SmsOutboxStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, SmsOutboxStatus.Sending).SetProperty(m => m.ClaimedAt, now), cancellationToken).ConfigureAwait(false);
            if (claimed == 0)
            {
                return SendOutcome.NotClaimed;
            }

            var message = await db.SmsOutbox.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            var phoneKey = keys.KeyOf(message.ToPhone);
            if (await SmsPhoneKeys.IsSuppressedAsync(db, phoneKey, cancellationToken).ConfigureAwait(false))
            {
                message.Status = SmsOutboxStatus.Cancelled;
                message.LastError = "the number opted out";
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return SendOutcome.Done;
            }

            var forceId = await ForceOfAsync(db, message.ConversationId, phoneKey, cancellationToken).ConfigureAwait(false);
            if (!recorder.SmsPermitted(forceId, now))
            {
                message.Status = SmsOutboxStatus.Queued;
                message.NotBefore = recorder.NextSendTime(forceId, now);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return SendOutcome.RetryLater;
            }

            try
            {
                await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
                var result = await pipeline.ExecuteAsync(
                    async ct =>
                    {
                        message.Attempts++;
                        return await transport.SendAsync(message, ct).ConfigureAwait(false);
                    },
                    cancellationToken).ConfigureAwait(false);
                message.Status = SmsOutboxStatus.Sent;
                message.SentAt = time.GetUtcNow();
                message.ProviderSid = result.ProviderSid;
                message.DeliveryStatus = SmsDeliveryStatuses.Later(message.DeliveryStatus, result.Status);
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                return SendOutcome.Sent;
            }
            catch (SmsTransportException ex) when (ex.IsTransient)
            {
                logger.LogWarning("SMS {OutboxId} not sent after {Attempts} attempts (HTTP {Status}); retried in a minute", message.Id, message.Attempts, ex.HttpStatus);
                message.Status = SmsOutboxStatus.Queued;
                message.NotBefore = time.GetUtcNow().AddMinutes(1);
                message.LastError = Trim(ex.Message);
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                return SendOutcome.RetryLater;
            }
            catch (SmsTransportException ex)
            {
                logger.LogWarning("SMS {OutboxId} refused by the provider: HTTP {Status}, error {Code}", message.Id, ex.HttpStatus, ex.ErrorCode);
                message.Status = SmsOutboxStatus.Failed;
                message.ErrorCode = ex.ErrorCode;
                message.LastError = Trim(ex.Message);
                await recorder.ApplyProviderErrorAsync(db, message, ex.ErrorCode, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                recorder.NotifySender();
                return SendOutcome.Done;
            }
        }
    }

    /// <summary>
    /// The force a text speaks for: its conversation's case's force, else (HELP and other texts outside a
    /// conversation) the force of the number's latest conversation, else null (the hours every force permits).
    /// </summary>
    private static async Task<int?> ForceOfAsync(SatisfactionDbContext db, long? conversationId, string phoneKey, CancellationToken cancellationToken)
    {
        var conversations = conversationId is { } id
            ? db.SmsConversations.AsNoTracking().Where(c => c.Id == id)
            : db.SmsConversations.AsNoTracking().Where(c => c.PhoneKey == phoneKey).OrderByDescending(c => c.Id).Take(1);
        return await (from c in conversations
                      join s in db.SampledCases.AsNoTracking() on c.SampledCaseId equals s.Id
                      select (int?)s.ForceId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ReconcileStaleAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - ClaimTimeout;
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var stale = await db.SmsOutbox.AsNoTracking().Where(m => m.Status == SmsOutboxStatus.Sending && m.ClaimedAt < cutoff).Take(100).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var message in stale)
            {
                string? sid;
                try
                {
                    sid = await transport.FindSentAsync(message, cancellationToken).ConfigureAwait(false);
                }
                catch (SmsTransportException ex)
                {
                    logger.LogWarning("SMS {OutboxId}: cannot check with the provider whether it went (HTTP {Status}); checked again later", message.Id, ex.HttpStatus);
                    continue;
                }

                // Only while the dead claim is still there: another node may have taken the text back (and even sent
                // it) while this one asked the provider; writing over that would send it twice.
                var claimedAt = message.ClaimedAt;
                var sentAt = message.SentAt ?? time.GetUtcNow();
                var stillStale = db.SmsOutbox.Where(m => m.Id == message.Id && m.Status == SmsOutboxStatus.Sending && m.ClaimedAt == claimedAt);
                if (sid is null)
                {
                    await stillStale.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, SmsOutboxStatus.Queued), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await stillStale.ExecuteUpdateAsync(
                        s => s.SetProperty(m => m.Status, SmsOutboxStatus.Sent).SetProperty(m => m.ProviderSid, sid).SetProperty(m => m.SentAt, sentAt),
                        cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static string Trim(string text) => text.Length <= 200 ? text : text[..200];

    private enum SendOutcome
    {
        NotClaimed,
        Sent,
        Done,
        RetryLater,
    }

    /// <inheritdoc />
    public void Dispose() => oneAtATime.Dispose();
}
