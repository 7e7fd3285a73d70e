using System.Globalization;
using Satisfaction.Application.Scores;

namespace Satisfaction.Scheduling.Jobs;

/// <summary>
/// <c>nightly-scores</c> (03:15 UK time): stores the day's dated snapshot of the scores, so a figure quoted last month can
/// be reproduced. Idempotent: a date that already has a snapshot keeps it. A missed night is taken once on restart.
/// </summary>
[SatisfactionJob("nightly-scores", PerForce = true, DefaultCron = "0 15 3 * * ?", Misfire = JobMisfirePolicy.FireOnceNow,
    Description = "Store today's dated snapshot of the scores (one per date, never replaced).")]
public sealed class ScoreSnapshotJob(ScoreSnapshotService snapshots) : ISatisfactionJob
{
    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var outcome = await snapshots.TakeTodayAsync(cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"{outcome.AsOf:yyyy-MM-dd}: {(outcome.Created ? "snapshot stored" : outcome.Figures == 0 ? "nothing to store" : "snapshot already stored")} ({outcome.Figures} figures)");
    }
}
