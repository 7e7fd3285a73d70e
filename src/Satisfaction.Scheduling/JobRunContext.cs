namespace Satisfaction.Scheduling;

/// <summary>One run of a job.</summary>
/// <param name="Job">Job name.</param>
/// <param name="FireId">Quartz fire instance id, or <c>inprocess-…</c> for <c>jobs run</c> without a service.</param>
/// <param name="ScheduledAt">When the fire was due (UTC).</param>
/// <param name="Recovering">True when Quartz re-runs a fire that a crash interrupted.</param>
public sealed record JobRunContext(string Job, string FireId, DateTimeOffset ScheduledAt, bool Recovering);
