using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Hosting;
using Satisfaction.Data.Hosting;
using Satisfaction.Demo;
using Satisfaction.Sms.Hosting;
using Satisfaction.Reporting.Report;

namespace Satisfaction.Cli.Composition;

/// <summary>
/// The composition root: the one place that says which services the program is made of. Every command, the
/// <c>serve</c> host, its jobs and its endpoints are built from it.
/// </summary>
public static class SatisfactionServices
{
    /// <summary>Adds the store, the use cases and their validated settings from <paramref name="configuration"/>, and the demo.</summary>
    public static IServiceCollection AddSatisfaction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.AddSatisfactionData(configuration);
        services.AddSatisfactionApplication();
        services.AddSatisfactionDemo();
        services.AddSatisfactionSms();
        services.AddScoped<ReportService>();
        services.AddOptions<Reporting.ReportsOptions>()
            .BindConfiguration(Reporting.ReportsOptions.SectionName, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        return services;
    }
}
