using System.Globalization;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Ringback;
using Satisfaction.Scheduling;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Outbox;

namespace Satisfaction.Sms.Jobs;

/// <summary>
/// <c>sms-dispatch</c> (every 5 minutes by default): one dispatch pass (expiry, reminders, then invitations, only inside
/// the permitted SMS hours and never on a bank holiday), then the texts due through the configured transport, then the
/// hand-over to the ring-back queue (<see cref="SmsRingbackSync"/>): cases that expired without the core measures or
/// whose number Twilio reports unreachable or a landline (30003, 30005, 30006, also from status callbacks since the
/// last run) become ready for calls when their programme rings back; cases the SMS side closed (interview, refusal,
/// STOP) are closed on the queue. Idempotent: every text goes through the outbox with its idempotency key, so a
/// repeated or overlapping run sends nothing twice, and a case is handed over once. Missed fires are skipped: the
/// next pass does what they would have done.
/// </summary>
[SatisfactionJob("sms-dispatch", PerForce = true, DefaultCron = "0 0/5 * * * ?", Misfire = JobMisfirePolicy.Skip,
    Description = "Invite, remind and expire SMS interviews inside SMS hours, send the texts due, hand non-responders to ring-back.")]
public sealed class SmsDispatchJob(SmsDispatchService dispatch, SmsOutboxSender sender, SmsRingbackSync ringback, ForceScope force) : ISatisfactionJob
{
    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var result = await dispatch.RunAsync(force, cancellationToken).ConfigureAwait(false);
        var sent = await sender.SendDueAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        var queue = await ringback.RunAsync(cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"SMS hours {(result.SmsPermittedNow ? "open" : "closed")}: invited {result.Invited}, reminded {result.Reminded}, expired {result.Expired}, sent {sent}; ring-back: handed over {queue.HandedOver}, closed {queue.Closed}");
    }
}
