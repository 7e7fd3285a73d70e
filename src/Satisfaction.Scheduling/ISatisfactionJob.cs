namespace Satisfaction.Scheduling;

/// <summary>
/// A scheduled job: a thin shell around one Application use case. Adding a job is this class (with
/// <see cref="SatisfactionJobAttribute"/>) and one configuration entry <c>Jobs:NAME:Cron</c> (optional when the
/// default cron suits). The class is resolved per run from a fresh scope (one store context per run). A job must
/// be idempotent: a run repeated after a crash must change nothing twice.
/// </summary>
public interface ISatisfactionJob
{
    /// <summary>Does the work; returns one line saying what was done (counts only, never personal data).</summary>
    /// <exception cref="Exception">Any failure: recorded as the job's last outcome (<c>failed</c>) and logged.</exception>
    Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken);
}
