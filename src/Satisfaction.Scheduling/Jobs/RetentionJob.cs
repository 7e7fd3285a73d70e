using Satisfaction.Application.Retention;

namespace Satisfaction.Scheduling.Jobs;

/// <summary><c>retention</c>: deletes phone numbers and names <c>Retention:Days</c> after a victim's cases closed (daily 02:30).</summary>
[SatisfactionJob("retention", PerForce = true, DefaultCron = "0 30 2 * * ?", Misfire = JobMisfirePolicy.FireOnceNow,
    Description = "Delete contact details Retention:Days (default 90) after the last case closed; counts in the audit log.")]
public sealed class RetentionJob(RetentionService retention) : ISatisfactionJob
{
    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken) =>
        (await retention.RunAsync(cancellationToken).ConfigureAwait(false)).ToString();
}
