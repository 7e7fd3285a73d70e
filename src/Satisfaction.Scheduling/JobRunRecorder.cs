using Microsoft.EntityFrameworkCore;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Scheduling;

/// <summary>Writes <c>job_runs</c>: a row as a run starts, its outcome as it ends; reads the last outcome per job.</summary>
public sealed class JobRunRecorder(IDbContextFactory<SatisfactionDbContext> contexts, TimeProvider time)
{
    /// <summary>Outcome of a run that has not ended.</summary>
    public const string Running = "running";

    /// <summary>Outcome of a run that ended without an error.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Outcome of a run that threw.</summary>
    public const string Failed = "failed";

    /// <summary>Outcome of a run the process died in (found running at the next start).</summary>
    public const string Interrupted = "interrupted";

    /// <summary>Records the start of a run; returns its row id.</summary>
    public async Task<long> StartAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = new JobRun { Job = run.Job, FireId = run.FireId, ScheduledAt = run.ScheduledAt, StartedAt = time.GetUtcNow(), Outcome = Running };
            db.JobRuns.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return row.Id;
        }
    }

    /// <summary>Records how run <paramref name="id"/> ended (message cut to 2000 characters).</summary>
    public async Task FinishAsync(long id, string outcome, string? message, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var text = message is { Length: > 2000 } ? message[..2000] : message;
            var now = time.GetUtcNow();
            await db.JobRuns.Where(r => r.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Outcome, outcome).SetProperty(r => r.Message, text).SetProperty(r => r.FinishedAt, now), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Marks every run still <c>running</c> as <c>interrupted</c>: called at start, when no run of this process exists yet.</summary>
    public async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.JobRuns.Where(r => r.Outcome == Running).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Outcome, Interrupted).SetProperty(r => r.Message, "the process stopped during the run; Quartz re-runs it on recovery"), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first run of <paramref name="job"/> by the node <paramref name="node"/> (fire ids start with the node's id) that started at or after <paramref name="noEarlierThan"/>; null when none.</summary>
    public async Task<JobRun?> FindStartedAsync(string job, string node, DateTimeOffset noEarlierThan, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.JobRuns.AsNoTracking().Where(r => r.Job == job && r.FireId.StartsWith(node) && r.StartedAt >= noEarlierThan)
                .OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The latest run of <paramref name="job"/> due at <paramref name="scheduledAt"/>; null when none.</summary>
    public async Task<JobRun?> FindDueAsync(string job, DateTimeOffset scheduledAt, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.JobRuns.AsNoTracking().Where(r => r.Job == job && r.ScheduledAt == scheduledAt)
                .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The latest due time of a run of <paramref name="job"/> that started before <paramref name="startedBefore"/>; null when none.</summary>
    public async Task<DateTimeOffset?> LastDueBeforeAsync(string job, DateTimeOffset startedBefore, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.JobRuns.AsNoTracking().Where(r => r.Job == job && r.StartedAt < startedBefore)
                .OrderByDescending(r => r.ScheduledAt).Select(r => (DateTimeOffset?)r.ScheduledAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Marks run <paramref name="id"/> <c>interrupted</c> (its node died in it; the recovery runs it again) unless it ended.</summary>
    public async Task MarkRunInterruptedAsync(long id, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.JobRuns.Where(r => r.Id == id && r.Outcome == Running).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Outcome, Interrupted).SetProperty(r => r.Message, "the node stopped during the run; Quartz re-runs it on recovery"), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The latest run of each job (by row id), keyed by job name.</summary>
    public async Task<IReadOnlyDictionary<string, JobRun>> LastRunsAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var ids = await db.JobRuns.AsNoTracking().GroupBy(r => r.Job).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var rows = await db.JobRuns.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ToDictionary(r => r.Job, StringComparer.Ordinal);
        }
    }
}
