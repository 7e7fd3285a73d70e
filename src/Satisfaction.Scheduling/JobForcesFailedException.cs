namespace Satisfaction.Scheduling;

/// <summary>
/// A job run for every force in turn in which at least one force failed (the other forces ran). The message names each
/// force's result, as recorded in <c>job_runs</c>; never personal data.
/// </summary>
public sealed class JobForcesFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="job">The job's name.</param>
    /// <param name="failed">How many forces failed (1 or more).</param>
    /// <param name="outcome">The per-force outcome line (<c>CODE: outcome; CODE: failed: reason</c>).</param>
    public JobForcesFailedException(string job, int failed, string outcome)
        : base($"{job} failed for {failed} force(s): {outcome}")
    {
        Job = job;
        Failed = failed;
        Outcome = outcome;
    }

    /// <summary>Creates the exception with a message.</summary>
    public JobForcesFailedException()
        : this(string.Empty, 0, string.Empty)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JobForcesFailedException(string message)
        : base(message)
    {
        Job = string.Empty;
        Outcome = message;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public JobForcesFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Job = string.Empty;
        Outcome = message;
    }

    /// <summary>The job's name.</summary>
    public string Job { get; }

    /// <summary>How many forces failed.</summary>
    public int Failed { get; }

    /// <summary>The per-force outcome line.</summary>
    public string Outcome { get; }
}
