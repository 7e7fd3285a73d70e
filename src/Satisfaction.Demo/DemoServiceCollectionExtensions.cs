using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Satisfaction.Demo.Pipeline;
using Satisfaction.Reporting.Report;

namespace Satisfaction.Demo;

/// <summary>Registers <c>satisfaction demo</c>; only the CLI's composition root calls it.</summary>
public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Adds the demo's steps, in pipeline order (force, recorded crime, weekly samples and RDD release without fieldwork, fieldwork, true rates, report), and the
    /// <see cref="DemoPipeline"/> that runs them. Needs the store, the use cases and the SMS services
    /// (<c>AddSatisfactionData</c>, <c>AddSatisfactionApplication</c>, <c>AddSatisfactionSms</c>); adds the report use case.
    /// </summary>
    public static IServiceCollection AddSatisfactionDemo(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<ReportService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, EnsureDemoForceStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, StoreDemoCrimesStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, DrawWeeklySamplesStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, ReleaseRddNumbersStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, RunFieldworkStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, WriteTrueRatesStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoStep, WriteReportStep>());
        services.TryAddSingleton(sp => new DemoPipeline([.. sp.GetServices<IDemoStep>()]));
        return services;
    }
}
