namespace Satisfaction.Scheduling;

/// <summary>A job known to the service: its name, class, default cron, misfire policy and description.</summary>
/// <param name="Name">Job name.</param>
/// <param name="Type">The <see cref="ISatisfactionJob"/> class.</param>
/// <param name="DefaultCron">Default Quartz cron (seconds first, Europe/London).</param>
/// <param name="Misfire">Misfire policy.</param>
/// <param name="Description">One sentence.</param>
/// <param name="PerForce">Whether it runs for every force in turn when <c>Store:Force</c> is not set (<see cref="SatisfactionJobAttribute.PerForce"/>).</param>
public sealed record JobRegistration(string Name, Type Type, string DefaultCron, JobMisfirePolicy Misfire, string Description, bool PerForce = false);
