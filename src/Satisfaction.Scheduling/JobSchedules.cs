using Microsoft.Extensions.Configuration;
using Quartz;
using Satisfaction.Core;

namespace Satisfaction.Scheduling;

/// <summary>Reads the <c>Jobs</c> configuration section strictly: <c>Jobs:NAME:Cron</c> only, for known jobs, valid crons.</summary>
public static class JobSchedules
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Jobs";

    /// <summary>The configured crons by job name.</summary>
    /// <exception cref="InvalidInputException">An unknown job name or key, or a cron Quartz cannot parse (the message names the key).</exception>
    public static IReadOnlyDictionary<string, string> Read(IConfiguration configuration, IReadOnlyCollection<JobRegistration> jobs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(jobs);
        var crons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var job in configuration.GetSection(SectionName).GetChildren())
        {
            if (!jobs.Any(j => j.Name == job.Key))
            {
                throw new InvalidInputException($"configuration Jobs:{job.Key}: no such job; known: {string.Join(", ", jobs.Select(j => j.Name).Order(StringComparer.Ordinal))}.");
            }

            foreach (var key in job.GetChildren().Where(k => k.Key != "Cron"))
            {
                throw new InvalidInputException($"configuration Jobs:{job.Key}:{key.Key}: unknown key; a job has only Cron.");
            }

            var cron = job["Cron"];
            if (string.IsNullOrWhiteSpace(cron))
            {
                continue;
            }

            if (!CronExpression.TryParse(cron, out _))
            {
                throw new InvalidInputException($"configuration Jobs:{job.Key}:Cron: '{cron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0 6 ? * MON').");
            }

            crons[job.Key] = cron.Trim();
        }

        return crons;
    }
}
