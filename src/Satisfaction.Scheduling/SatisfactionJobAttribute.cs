namespace Satisfaction.Scheduling;

/// <summary>Names a <see cref="ISatisfactionJob"/> and gives its default schedule and misfire policy.</summary>
/// <param name="name">Job name as configured and typed (<c>Jobs:NAME:Cron</c>, <c>jobs run NAME</c>): lower case and dashes.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SatisfactionJobAttribute(string name) : Attribute
{
    /// <summary>The job's name.</summary>
    public string Name { get; } = name;

    /// <summary>Quartz cron expression (seconds first) in Europe/London used when <c>Jobs:NAME:Cron</c> is not set.</summary>
    public string DefaultCron { get; init; } = string.Empty;

    /// <summary>What happens to fires missed while the service was down (default: fire once as soon as it is back).</summary>
    public JobMisfirePolicy Misfire { get; init; } = JobMisfirePolicy.FireOnceNow;

    /// <summary>
    /// True for a job that acts for one force (through <c>ForceScope</c>): without <c>Store:Force</c> it runs for every
    /// force of the store in turn, each in its own scope (see <see cref="JobRunner"/>). False (default): it runs once.
    /// </summary>
    public bool PerForce { get; init; }

    /// <summary>One sentence for <c>jobs list</c>.</summary>
    public string Description { get; init; } = string.Empty;
}
