using Microsoft.EntityFrameworkCore;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// Brings the telephone queue in line with the SMS side (run by the <c>sms-dispatch</c> job after each pass):
/// every case the SMS side gave up on and marked for a ring-back (<c>sms_case_channels.ring_back_queued</c>:
/// no usable answer before expiry, or a number Twilio reports unreachable or a landline) is handed over with
/// <see cref="SmsHandOver"/> (ready at once; queued when the queue builder had not queued it yet); every case held
/// as <c>awaiting_sms</c> whose sampled case the SMS side closed (complete, partial, refusal, opt-out by STOP, or a
/// programme that does not ring back) is closed on the queue with the case's final disposition, so it is never
/// called and never waits for ever. Idempotent: a second run changes nothing.
/// </summary>
public sealed class SmsRingbackSync(SatisfactionDbContext db, SmsHandOver handOver, RingbackQueueBuilder builder, TimeProvider time)
{
    /// <summary>Hands over and closes what the SMS side has finished since the last run.</summary>
    /// <param name="cancellationToken">Cancels; a case already handed over stays handed over.</param>
    public async Task<SmsRingbackSyncResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var due = await (
                from ch in db.SmsCaseChannels.AsNoTracking()
                where ch.RingBackQueued
                join s in db.SampledCases.AsNoTracking() on ch.SampledCaseId equals s.Id
                join p in db.SurveyProgrammes.AsNoTracking() on s.SurveyProgrammeId equals p.Id
                where !db.CallCases.Any(c => c.Purpose == CallPurpose.Survey && c.SampledCaseId == ch.SampledCaseId && c.Status != CallCaseStatus.AwaitingSms)
                orderby ch.SampledCaseId
                select new
                {
                    ch.SampledCaseId,
                    ch.RingBackReason,
                    Programme = p.Code,
                    s.UserGroup,
                    Stored = p.QuestionnaireId,
                    Queued = db.CallCases.Where(c => c.Purpose == CallPurpose.Survey && c.SampledCaseId == ch.SampledCaseId).Select(c => c.QuestionnaireId).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var handedOver = 0;
        foreach (var row in due)
        {
            var source = row.RingBackReason is null or "no_response" ? CallSource.SmsNonResponse : CallSource.SmsUndeliverable;
            var script = row.Queued ?? builder.TelephoneScript(row.Programme, row.UserGroup, row.Stored);
            handedOver += await handOver.HandOverAsync(row.SampledCaseId, source, script, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        var now = time.GetUtcNow();
        var finished = await (
                from c in db.CallCases
                where c.Purpose == CallPurpose.Survey && c.Status == CallCaseStatus.AwaitingSms
                join s in db.SampledCases on c.SampledCaseId equals s.Id
                where s.FinalDisposition != null && (s.Status == CaseStatus.Closed || s.Status == CaseStatus.Completed)
                select new { Case = c, Disposition = s.FinalDisposition! }) // tracked: AsNoTracking anywhere would untrack the whole query
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in finished)
        {
            row.Case.Status = CallCaseStatus.Closed;
            row.Case.Disposition = row.Disposition;
            row.Case.NextCallAt = null;
            row.Case.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new SmsRingbackSyncResult(handedOver, finished.Count);
    }
}
