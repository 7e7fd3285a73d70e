using Quartz;

namespace Satisfaction.Scheduling;

/// <summary>
/// The one Quartz job class: finds the <see cref="ISatisfactionJob"/> named by the job key and runs it through
/// <see cref="JobRunner"/> (a recovered fire through <see cref="FireRecovery"/> first). <see cref="DisallowConcurrentExecutionAttribute"/>: no job overlaps itself.
/// </summary>
[DisallowConcurrentExecution]
public sealed class QuartzJobShell(JobCatalog catalog, JobRunner runner, FireRecovery recovery) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.JobDetail.Key.Name;
        var job = catalog.Find(name) ?? throw new JobExecutionException($"no job '{name}' is registered in this program.");
        var run = new JobRunContext(name, context.FireInstanceId, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.Recovering);
        if (context.Recovering)
        {
            // A fire whose node died: run it unless it had run to completion, under the due time it stood for.
            var resolved = await recovery.ResolveAsync(run, FireRecovery.DeadNodeOf(context.Trigger.Key), cancellationToken).ConfigureAwait(false);
            if (resolved is null)
            {
                context.Result = "already ran to completion before its node stopped";
                return;
            }

            run = resolved;
        }

        try
        {
            context.Result = await runner.RunAsync(job, run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not JobExecutionException and not OperationCanceledException)
        {
            // Recorded by the runner; Quartz gets it as the fire's failure, the trigger stays scheduled.
            throw new JobExecutionException(ex.Message, ex);
        }
    }
}
