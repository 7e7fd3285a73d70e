using Quartz;
using Satisfaction.Core;

namespace Satisfaction.Scheduling;

/// <summary>
/// <c>satisfaction jobs list|run|pause|resume</c> and <c>/health</c>: they act on the persistent job store, so a
/// running service picks a pause or a run request up at its next poll (a few seconds), and a paused job stays
/// paused after a restart.
/// </summary>
public sealed class JobsControl(ISchedulerFactory factory, JobCatalog catalog, JobRunRecorder recorder, JobRunner runner, SchedulerStore store, ServiceLock serviceLock, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _prepare = new(1, 1);
    private bool _prepared;

    /// <summary>
    /// The scheduler over the job store (not started here), with the schema and every job put in place once per
    /// process (the service has done it at start already).
    /// </summary>
    public async Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken = default)
    {
        if (_prepared)
        {
            return await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        }

        await _prepare.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The schema first: creating the scheduler validates it.
            await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
            if (!_prepared && scheduler.Status != SchedulerStatus.Running)
            {
                await JobScheduleSync.EnsureAsync(scheduler, catalog, time, cancellationToken).ConfigureAwait(false);
            }

            _prepared = true;
            return scheduler;
        }
        finally
        {
            _prepare.Release();
        }
    }

    /// <summary>Every job with its cron, pause state, last run and next fire.</summary>
    public async Task<IReadOnlyList<JobStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        var last = await recorder.LastRunsAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<JobStatus>();
        foreach (var job in catalog.Jobs)
        {
            var key = new TriggerKey(job.Name);
            var paused = await scheduler.GetTriggerState(key, cancellationToken).ConfigureAwait(false) == TriggerState.Paused;
            var trigger = await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false);
            var run = last.GetValueOrDefault(job.Name);
            list.Add(new JobStatus(job.Name, catalog.CronOf(job), paused, run?.StartedAt, run?.Outcome, paused ? null : trigger?.NextFireTimeUtc, run?.Message, job.Misfire, job.Description));
        }

        return list;
    }

    /// <summary>Pauses <paramref name="name"/> in the job store.</summary>
    /// <exception cref="InvalidInputException">No such job.</exception>
    public async Task PauseAsync(string name, CancellationToken cancellationToken = default)
    {
        var job = Find(name);
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        await scheduler.PauseJob(new JobKey(job.Name), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Resumes <paramref name="name"/> (fires missed while paused follow the job's misfire policy).</summary>
    /// <exception cref="InvalidInputException">No such job.</exception>
    public async Task ResumeAsync(string name, CancellationToken cancellationToken = default)
    {
        var job = Find(name);
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        await scheduler.ResumeJob(new JobKey(job.Name), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="name"/> now: asks the running service (a one-off trigger in the job store) when one
    /// holds the store, else runs it in this process. Returns what happened, one line.
    /// </summary>
    /// <exception cref="InvalidInputException">No such job.</exception>
    public async Task<string> RunAsync(string name, CancellationToken cancellationToken = default)
    {
        var job = Find(name);
        if (serviceLock.IsHeldElsewhere())
        {
            var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
            await scheduler.TriggerJob(new JobKey(job.Name), new JobDataMap(), cancellationToken).ConfigureAwait(false);
            return $"asked the running service to run {job.Name} now (see `satisfaction jobs list` for its outcome)";
        }

        var now = time.GetUtcNow();
        var run = new JobRunContext(job.Name, "inprocess-" + Guid.NewGuid().ToString("N"), now, Recovering: false);
        return await runner.RunAsync(job, run, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _prepare.Dispose();

    private JobRegistration Find(string name) =>
        catalog.Find(name) ?? throw new InvalidInputException($"no job '{name}'; known: {string.Join(", ", catalog.Jobs.Select(j => j.Name))}.");
}
