using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Scheduling;

namespace Satisfaction.Web;

/// <summary>
/// Starts the service's work in order: takes the store's service lock (one service per store), migrates the
/// store, applies Quartz's schema, marks runs a crash interrupted, puts every job in the job store, then starts
/// the scheduler (which recovers interrupted fires and handles misfires). Stops it waiting for running jobs.
/// </summary>
public sealed class SchedulerHostedService(
    SatisfactionStore store, SchedulerStore schedulerStore, ServiceLock serviceLock, ISchedulerFactory factory, JobCatalog catalog,
    JobRunRecorder recorder, TimeProvider time, ILogger<SchedulerHostedService> logger) : IHostedService
{
    private IScheduler? _scheduler;

    /// <summary>True once the scheduler has started and until it stops.</summary>
    public bool Running => _scheduler is { Status: SchedulerStatus.Running };

    /// <summary>This node's Quartz instance id (<c>serve</c> on SQLite; host name and start time stamp in a PostgreSQL cluster); null before the start.</summary>
    public string? Node => _scheduler?.SchedulerInstanceId;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!serviceLock.TryAcquire())
        {
            throw new InvalidInputException($"another `satisfaction serve` is running on this store (it holds {serviceLock.Path}); one service per store.");
        }

        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await schedulerStore.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        // Clustered: other nodes' runs in flight are not interrupted; Quartz's cluster recovery handles dead nodes.
        var interrupted = schedulerStore.Clustered ? 0 : await recorder.MarkInterruptedAsync(cancellationToken).ConfigureAwait(false);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} job run(s) were interrupted by the previous stop; Quartz recovers them now", interrupted);
        }

        _scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        await JobScheduleSync.EnsureAsync(_scheduler, catalog, time, cancellationToken).ConfigureAwait(false);
        await _scheduler.Start(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduler started with {Count} job(s) on {JobStore}", catalog.Jobs.Count, schedulerStore.Path);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not null)
        {
            await _scheduler.Shutdown(true, cancellationToken).ConfigureAwait(false);
        }

        serviceLock.Dispose();
    }
}
