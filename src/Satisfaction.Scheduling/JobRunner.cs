using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Forces;
using Satisfaction.Data;

namespace Satisfaction.Scheduling;

/// <summary>
/// Runs one job in a fresh scope with its run recorded in <c>job_runs</c>; used by the Quartz shell and by
/// <c>jobs run</c> when no service is running. Logs the job name, fire id and outcome only.
/// </summary>
/// <remarks>
/// A job that acts for one force (<see cref="JobRegistration.PerForce"/>) on a store with several forces and no
/// <c>Store:Force</c> runs for every force in turn, by code, each in its own scope whose <see cref="ForceSelection"/>
/// names the force. One force's failure is logged and the other forces still run; the outcome line names each force's
/// result (<c>CODE: outcome; CODE: failed: reason</c>) and the run fails when any force failed. With <c>Store:Force</c>
/// set (a node group per force) or one force or none, the job runs once as before.
/// </remarks>
public sealed class JobRunner(IServiceScopeFactory scopes, JobRunRecorder recorder, IOptions<StoreOptions> storeOptions, ILogger<JobRunner> logger)
{
    /// <summary>Runs <paramref name="job"/>; returns its outcome line. A failure is recorded and rethrown.</summary>
    /// <exception cref="JobForcesFailedException">The job ran for every force and at least one failed (the others ran).</exception>
    public async Task<string> RunAsync(JobRegistration job, JobRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(run);
        var id = await recorder.StartAsync(run, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Job {Job} started (fire {FireId}, due {ScheduledAt:o}, recovering {Recovering})", job.Name, run.FireId, run.ScheduledAt, run.Recovering);
        string message;
        var failed = 0;
        try
        {
            var forces = job.PerForce && string.IsNullOrWhiteSpace(storeOptions.Value.Force) ? await ForcesAsync(cancellationToken).ConfigureAwait(false) : [];
            if (forces.Count <= 1)
            {
                message = await RunOnceAsync(job, run, null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var lines = new List<string>(forces.Count);
                foreach (var code in forces)
                {
                    try
                    {
                        lines.Add($"{code}: {await RunOnceAsync(job, run, code, cancellationToken).ConfigureAwait(false)}");
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        var why = Reason(ex);
                        logger.LogError("Job {Job} failed for force {Force}: {Reason}", job.Name, code, why);
                        lines.Add($"{code}: failed: {why}");
                        failed++;
                    }
                }

                message = string.Join("; ", lines);
            }
        }
        catch (Exception ex)
        {
            var reason = Reason(ex);
            await recorder.FinishAsync(id, JobRunRecorder.Failed, reason, CancellationToken.None).ConfigureAwait(false);
            logger.LogError("Job {Job} failed: {Reason}", job.Name, reason);
            throw;
        }

        if (failed > 0)
        {
            await recorder.FinishAsync(id, JobRunRecorder.Failed, message, CancellationToken.None).ConfigureAwait(false);
            logger.LogError("Job {Job} failed for {Failed} force(s): {Outcome}", job.Name, failed, message);
            throw new JobForcesFailedException(job.Name, failed, message);
        }

        await recorder.FinishAsync(id, JobRunRecorder.Succeeded, message, CancellationToken.None).ConfigureAwait(false);
        logger.LogInformation("Job {Job} succeeded: {Outcome}", job.Name, message);
        return message;
    }

    /// <summary>The message of our own errors says where and why without personal data; others are named by type.</summary>
    private static string Reason(Exception ex) => ex is Core.InvalidInputException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";

    private async Task<List<string>> ForcesAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<SatisfactionDbContext>();
            return await db.Forces.AsNoTracking().OrderBy(f => f.Code).Select(f => f.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One run of the job in its own scope, for force <paramref name="force"/> (null: <c>Store:Force</c> or the only force).</summary>
    private async Task<string> RunOnceAsync(JobRegistration job, JobRunContext run, string? force, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            if (force is not null)
            {
                scope.ServiceProvider.GetRequiredService<ForceSelection>().Code = force;
            }

            var instance = (ISatisfactionJob)scope.ServiceProvider.GetRequiredService(job.Type);
            return await instance.RunAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }
}
