namespace Satisfaction.Scheduling;

/// <summary>Every registered job with its effective cron (configuration <c>Jobs:NAME:Cron</c> over the default).</summary>
public sealed class JobCatalog
{
    private readonly Dictionary<string, JobRegistration> _jobs;
    private readonly Dictionary<string, string> _crons;

    /// <summary>Builds the catalog.</summary>
    /// <param name="jobs">The registrations (names unique).</param>
    /// <param name="crons">Configured crons by job name (validated by <see cref="JobSchedules"/>).</param>
    public JobCatalog(IEnumerable<JobRegistration> jobs, IReadOnlyDictionary<string, string> crons)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(crons);
        _jobs = jobs.DistinctBy(j => j.Name).ToDictionary(j => j.Name, StringComparer.Ordinal);
        _crons = new Dictionary<string, string>(crons, StringComparer.Ordinal);
    }

    /// <summary>The jobs in name order.</summary>
    public IReadOnlyList<JobRegistration> Jobs => [.. _jobs.Values.OrderBy(j => j.Name, StringComparer.Ordinal)];

    /// <summary>The job called <paramref name="name"/>, or null.</summary>
    public JobRegistration? Find(string name) => _jobs.GetValueOrDefault(name);

    /// <summary>The cron the job runs on: <c>Jobs:NAME:Cron</c> when set, else its default.</summary>
    public string CronOf(JobRegistration job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return _crons.GetValueOrDefault(job.Name) ?? job.DefaultCron;
    }
}
