using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Satisfaction.Data;

namespace Satisfaction.Scheduling;

/// <summary>Registers Quartz on the persistent job store, the job catalog and the <c>jobs</c> control.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the scheduler (Quartz with its ADO.NET store beside the store file, not started: <c>serve</c> starts it),
    /// this project's jobs, <see cref="JobsControl"/> and <see cref="JobRunner"/>. Other projects add their jobs with
    /// <see cref="AddSatisfactionJobs"/>.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">Configuration (<c>Store:Provider</c>, <c>Jobs:NAME:Cron</c>).</param>
    /// <param name="storePath">Full path of the store file (<c>Store:Path</c> resolved): the job store sits beside it.</param>
    /// <param name="schedulerClock">The scheduler's clock (the service's <c>--now/--speed</c> clock), or null for the system clock.</param>
    public static IServiceCollection AddSatisfactionScheduling(this IServiceCollection services, IConfiguration configuration, string storePath, TimeProvider? schedulerClock = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = Enum.TryParse<StoreProvider>(configuration["Store:Provider"], ignoreCase: true, out var p) ? p : StoreProvider.Sqlite;
        var busy = int.TryParse(configuration["Store:BusyTimeoutMilliseconds"], out var b) ? b : 30000;
        var checkin = double.TryParse(configuration["Scheduler:CheckinIntervalSeconds"], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : (TimeSpan?)null;
        if (checkin is { } c && (c < TimeSpan.FromMilliseconds(500) || c > TimeSpan.FromMinutes(10)))
        {
            throw new Core.InvalidInputException($"Scheduler:CheckinIntervalSeconds is {seconds}; give 0.5 to 600 seconds.");
        }

        var store = new SchedulerStore(provider, storePath, busy, configuration["Store:ConnectionString"], checkin);
        services.TryAddSingleton(store);
        services.TryAddSingleton<ServiceLock>();
        services.AddSatisfactionJobs(typeof(SchedulingServiceCollectionExtensions).Assembly);
        services.TryAddSingleton(sp =>
        {
            var jobs = sp.GetServices<JobRegistration>().ToList();
            return new JobCatalog(jobs, JobSchedules.Read(configuration, jobs));
        });
        services.TryAddSingleton<JobRunRecorder>();
        services.TryAddSingleton<JobRunner>();
        services.TryAddSingleton<FireRecovery>();
        services.TryAddSingleton<JobsControl>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerStore.SchedulerName;
                // Clustered nodes need distinct ids: Quartz generates one per start (host name and a time stamp). A literal
                // "AUTO" is not that in Quartz 4: it would be one shared id, so no node could ever see another one die.
                // A single SQLite service is "serve".
                if (store.Clustered)
                {
                    o.GenerateInstanceId = true;
                }
                else
                {
                    o.InstanceId = "serve";
                }

                // How soon a run or pause asked for by `satisfaction jobs` from another process is picked up.
                o.IdleWaitTime = TimeSpan.FromSeconds(2);
            });
            // One job at a time: SQLite has one writer, so a long import would otherwise make the others wait past
            // the busy timeout and fail. (A clustered server store can raise this.)
            q.UseDefaultThreadPool(store.Clustered ? 2 : 1);
            if (schedulerClock is not null)
            {
                q.UseTimeProvider(schedulerClock);
            }

            q.UsePersistentStore(store.Configure);
        });
        return services;
    }

    /// <summary>
    /// Registers every non-abstract class of <paramref name="assembly"/> that implements <see cref="ISatisfactionJob"/>
    /// and carries <see cref="SatisfactionJobAttribute"/>: that is all it takes to add a job (plus, optionally,
    /// <c>Jobs:NAME:Cron</c> in configuration).
    /// </summary>
    public static IServiceCollection AddSatisfactionJobs(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISatisfactionJob).IsAssignableFrom(t)))
        {
            var info = type.GetCustomAttribute<SatisfactionJobAttribute>()
                ?? throw new InvalidOperationException($"{type.FullName} implements ISatisfactionJob but has no [SatisfactionJob(\"name\")].");
            if (services.Any(d => d.ServiceType == typeof(JobRegistration) && d.ImplementationInstance is JobRegistration r && r.Name == info.Name))
            {
                continue;
            }

            services.AddSingleton(new JobRegistration(info.Name, type, info.DefaultCron, info.Misfire, info.Description, info.PerForce));
            services.TryAddScoped(type);
        }

        return services;
    }
}
