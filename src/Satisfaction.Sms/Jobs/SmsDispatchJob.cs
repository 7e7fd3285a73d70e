using System.Globalization;
using Satisfaction.Scheduling;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Outbox;

namespace Satisfaction.Sms.Jobs;

/// <summary>
/// <c>sms-dispatch</c> (every 5 minutes by default): one dispatch pass (expiry, reminders, then invitations, only inside
/// the permitted SMS hours and never on a bank holiday), then the texts due through the configured transport. Idempotent:
/// every text goes through the outbox with its idempotency key, so a repeated or overlapping run sends nothing twice.
/// Missed fires are skipped: the next pass does what they would have done.
/// </summary>
[SatisfactionJob("sms-dispatch", DefaultCron = "0 0/5 * * * ?", Misfire = JobMisfirePolicy.Skip,
    Description = "Invite, remind and expire SMS interviews inside SMS hours, then send the texts due.")]
public sealed class SmsDispatchJob(SmsDispatchService dispatch, SmsOutboxSender sender) : ISatisfactionJob
{
    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var result = await dispatch.RunAsync(cancellationToken).ConfigureAwait(false);
        var sent = await sender.SendDueAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"SMS hours {(result.SmsPermittedNow ? "open" : "closed")}: invited {result.Invited}, reminded {result.Reminded}, expired {result.Expired}, sent {sent}");
    }
}
