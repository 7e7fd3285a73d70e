namespace Satisfaction.Scheduling;

/// <summary>A job as <c>jobs list</c> and <c>/health</c> show it.</summary>
/// <param name="Name">Job name.</param>
/// <param name="Cron">Effective Quartz cron (Europe/London).</param>
/// <param name="Paused">True when paused in the job store (survives restarts).</param>
/// <param name="LastFire">When the last run started (UTC), or null if it never ran.</param>
/// <param name="LastOutcome"><c>succeeded</c>, <c>failed</c>, <c>running</c>, <c>interrupted</c>, or null if it never ran.</param>
/// <param name="NextFire">Next scheduled fire (UTC), or null when paused or not yet scheduled.</param>
/// <param name="LastMessage">What the last run did or why it failed, or null.</param>
/// <param name="Misfire">Misfire policy.</param>
/// <param name="Description">One sentence.</param>
public sealed record JobStatus(
    string Name, string Cron, bool Paused, DateTimeOffset? LastFire, string? LastOutcome, DateTimeOffset? NextFire, string? LastMessage, JobMisfirePolicy Misfire, string Description);
