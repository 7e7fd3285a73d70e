using Quartz;

namespace Satisfaction.Scheduling;

/// <summary>
/// What to do with a fire Quartz recovers (the node running it died before Quartz recorded its end), from the
/// job's own record in <c>job_runs</c>: a run that had succeeded is not run again (the node died between the job's
/// end and Quartz's bookkeeping); a run that had started is marked <c>interrupted</c> and run again under its own
/// due time; a fire that never started runs under the due time it stood for.
/// Clustered (PostgreSQL), Quartz gives the recovery the original fire's start instant and names the dead node in
/// the recovery trigger (<c>recover_NODE_N</c>); the original run is that node's run of the job started at or after
/// that instant (one at most: a job never overlaps itself). On one SQLite service Quartz gives the original due time.
/// </summary>
public sealed class FireRecovery(JobRunRecorder recorder, JobCatalog catalog, SchedulerStore store)
{
    /// <summary>The run to make of a recovered fire, or null when the fire had already run to completion.</summary>
    /// <param name="run">The fire as Quartz gives it (<see cref="JobRunContext.Recovering"/> true).</param>
    /// <param name="deadNode">The node the fire was recovered from (clustered), or null.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    public async Task<JobRunContext?> ResolveAsync(JobRunContext run, string? deadNode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var clustered = store.Clustered && deadNode is not null;
        var original = clustered
            ? await recorder.FindStartedAsync(run.Job, deadNode!, run.ScheduledAt, cancellationToken).ConfigureAwait(false)
            : await recorder.FindDueAsync(run.Job, run.ScheduledAt, cancellationToken).ConfigureAwait(false);
        if (original is { Outcome: JobRunRecorder.Succeeded })
        {
            return null;
        }

        if (original is not null)
        {
            await recorder.MarkRunInterruptedAsync(original.Id, cancellationToken).ConfigureAwait(false);
            return run with { ScheduledAt = original.ScheduledAt };
        }

        return clustered ? run with { ScheduledAt = await DueOfAsync(run, cancellationToken).ConfigureAwait(false) } : run;
    }

    /// <summary>
    /// The dead node named by a clustered recovery trigger (<c>recover_NODE_N</c> in Quartz's recovery group), or null.
    /// </summary>
    public static string? DeadNodeOf(TriggerKey? recoveryTrigger)
    {
        if (recoveryTrigger is null || recoveryTrigger.Group != SchedulerConstants.DefaultRecoveryGroup
            || !recoveryTrigger.Name.StartsWith("recover_", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = recoveryTrigger.Name["recover_".Length..];
        var last = rest.LastIndexOf('_');
        return last > 0 ? rest[..last] : null;
    }

    // A fire that died before its run was recorded: the cron's first due time after the job's last recorded fire
    // that started before it, when that is not later than the fire itself (fires run in order and one at a time);
    // otherwise (no earlier run, or a misfire's "now") the fire's start.
    private async Task<DateTimeOffset> DueOfAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        var job = catalog.Find(run.Job);
        var last = await recorder.LastDueBeforeAsync(run.Job, run.ScheduledAt, cancellationToken).ConfigureAwait(false);
        if (job is null || last is null)
        {
            return run.ScheduledAt;
        }

        // The cron was validated when the configuration was read.
        var cron = new CronExpression(catalog.CronOf(job), LondonCronZone.Zone);
        return cron.GetNextValidTimeAfter(last.Value) is { } next && next <= run.ScheduledAt ? next : run.ScheduledAt;
    }
}
