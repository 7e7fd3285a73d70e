using Quartz;

namespace Satisfaction.Scheduling;

/// <summary>
/// Puts every registered job and its cron trigger (Europe/London, the job's misfire policy) into the job store:
/// adds what is missing, reschedules a trigger whose cron changed in configuration, and keeps a paused job paused.
/// Job and trigger are both named after the job. Safe when several nodes of a cluster start at once (the one that
/// stores a job second finds it there).
/// </summary>
public static class JobScheduleSync
{
    /// <summary>The zone every cron is read in.</summary>
    public static TimeZoneInfo London => LondonCronZone.Zone;

    /// <summary>Ensures every job of <paramref name="catalog"/> is scheduled in <paramref name="scheduler"/>'s store.</summary>
    public static async Task EnsureAsync(IScheduler scheduler, JobCatalog catalog, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var job in catalog.Jobs)
        {
            var cron = catalog.CronOf(job);
            var key = new TriggerKey(job.Name);
            var trigger = Trigger(job, cron, time);
            var existing = await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                var detail = JobBuilder.Create<QuartzJobShell>().WithIdentity(job.Name).WithDescription(job.Description)
                    .StoreDurably().RequestRecovery().Build();
                try
                {
                    await scheduler.ScheduleJob(detail, trigger, default, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (ObjectAlreadyExistsException)
                {
                    // Another node of the cluster starting at the same moment stored it first: compare with its copy.
                    existing = await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false);
                    if (existing is null)
                    {
                        throw;
                    }
                }
            }

            if (existing is not ICronTrigger c || c.CronExpressionString != cron || c.MisfireInstruction != Instruction(job.Misfire))
            {
                var paused = await scheduler.GetTriggerState(key, cancellationToken).ConfigureAwait(false) == TriggerState.Paused;
                await scheduler.RescheduleJob(key, trigger, cancellationToken).ConfigureAwait(false);
                if (paused)
                {
                    await scheduler.PauseJob(new JobKey(job.Name), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static ITrigger Trigger(JobRegistration job, string cron, TimeProvider time) =>
        TriggerBuilder.Create(time).WithIdentity(job.Name).ForJob(job.Name)
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(London).WithMisfireInstruction(Instruction(job.Misfire)))
            .Build();

    private static CronTriggerMisfireInstruction Instruction(JobMisfirePolicy policy) => policy switch
    {
        JobMisfirePolicy.Skip => CronTriggerMisfireInstruction.DoNothing,
        _ => CronTriggerMisfireInstruction.FireAndProceed,
    };
}
