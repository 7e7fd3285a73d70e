namespace Satisfaction.Scheduling;

/// <summary>What a job does about fires missed while the service was stopped (more than a minute late).</summary>
public enum JobMisfirePolicy
{
    /// <summary>Fire once as soon as the service is back, however many fires were missed (Quartz FireAndProceed); the job catches up itself.</summary>
    FireOnceNow,

    /// <summary>Skip the missed fires and wait for the next one (Quartz DoNothing).</summary>
    Skip,
}
