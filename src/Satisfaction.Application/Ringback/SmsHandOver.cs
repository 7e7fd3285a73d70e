using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// For the SMS side: puts a victim it gave up on onto the ring-back queue. The case (held as
/// <c>awaiting_sms</c>, or not queued yet) becomes <c>ready</c> at once with source <c>sms_non_response</c> or
/// <c>sms_undeliverable</c>; from then on it is an ordinary ring-back case. Idempotent.
/// </summary>
public sealed class SmsHandOver(SatisfactionDbContext db, TimeProvider time)
{
    /// <summary>Hands one sampled victim over to the telephone queue.</summary>
    /// <param name="sampledCaseId">The sampled case.</param>
    /// <param name="reason"><see cref="CallSource.SmsNonResponse"/> or <see cref="CallSource.SmsUndeliverable"/>.</param>
    /// <param name="questionnaireId">The telephone script of the case (e.g. <c>uss-burglary</c>), used when the case is not queued yet.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    /// <returns>True when the case is now ready for calls; false when it was already on the telephone queue or closed.</returns>
    /// <exception cref="InvalidInputException">No such sampled case, or a reason other than the two SMS ones.</exception>
    public async Task<bool> HandOverAsync(long sampledCaseId, CallSource reason, string questionnaireId, CancellationToken cancellationToken = default)
    {
        if (reason is not (CallSource.SmsNonResponse or CallSource.SmsUndeliverable))
        {
            throw new InvalidInputException("an SMS hand-over is sms_non_response or sms_undeliverable.");
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var sampled = await db.SampledCases.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sampledCaseId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"there is no sampled case {sampledCaseId}."));
        var existing = await db.CallCases.SingleOrDefaultAsync(c => c.Purpose == CallPurpose.Survey && c.SampledCaseId == sampledCaseId, cancellationToken).ConfigureAwait(false);
        if (existing is { Status: not CallCaseStatus.AwaitingSms })
        {
            return false;
        }

        if (existing is null)
        {
            db.CallCases.Add(existing = new CallCase
            {
                ForceId = sampled.ForceId, Kind = CaseKind.Victim, Purpose = CallPurpose.Survey, SampledCaseId = sampledCaseId, QuestionnaireId = questionnaireId,
                Stratum = sampled.Stratum, Disposition = AaporDispositions.NotAttempted, CreatedAt = now,
            });
        }

        existing.Status = CallCaseStatus.Ready;
        existing.Source = reason;
        existing.Priority = 1;
        existing.NextCallAt = now;
        existing.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return true;
    }
}
