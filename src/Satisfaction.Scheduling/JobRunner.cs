using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Satisfaction.Scheduling;

/// <summary>
/// Runs one job in a fresh scope with its run recorded in <c>job_runs</c>; used by the Quartz shell and by
/// <c>jobs run</c> when no service is running. Logs the job name, fire id and outcome only.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, JobRunRecorder recorder, ILogger<JobRunner> logger)
{
    /// <summary>Runs <paramref name="job"/>; returns its outcome line. A failure is recorded and rethrown.</summary>
    public async Task<string> RunAsync(JobRegistration job, JobRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(run);
        var id = await recorder.StartAsync(run, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Job {Job} started (fire {FireId}, due {ScheduledAt:o}, recovering {Recovering})", job.Name, run.FireId, run.ScheduledAt, run.Recovering);
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var instance = (ISatisfactionJob)scope.ServiceProvider.GetRequiredService(job.Type);
                var message = await instance.RunAsync(run, cancellationToken).ConfigureAwait(false);
                await recorder.FinishAsync(id, JobRunRecorder.Succeeded, message, CancellationToken.None).ConfigureAwait(false);
                logger.LogInformation("Job {Job} succeeded: {Outcome}", job.Name, message);
                return message;
            }
        }
        catch (Exception ex)
        {
            // The message of our own errors says where and why without personal data; others are named by type.
            var reason = ex is Core.InvalidInputException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            await recorder.FinishAsync(id, JobRunRecorder.Failed, reason, CancellationToken.None).ConfigureAwait(false);
            logger.LogError("Job {Job} failed: {Reason}", job.Name, reason);
            throw;
        }
    }
}
