using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Satisfaction.Demo.Pipeline;

namespace Satisfaction.Demo;

/// <summary>Registers <c>satisfaction demo</c>; only the CLI's composition root calls it.</summary>
public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Adds the demo's steps, in pipeline order (force, recorded crime, weekly samples, RDD release), and the
    /// <see cref="DemoPipeline"/> that runs them. Needs the use cases (<c>AddSatisfactionApplication</c>).
    /// </summary>
    public static IServiceCollection AddSatisfactionDemo(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, EnsureDemoForceStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, StoreDemoCrimesStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, DrawWeeklySamplesStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, ReleaseRddNumbersStep>());
        services.TryAddSingleton(sp => new DemoPipeline([.. sp.GetServices<IDemoStep>()]));
        return services;
    }
}
