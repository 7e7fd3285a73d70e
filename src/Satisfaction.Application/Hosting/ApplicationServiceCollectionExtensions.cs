using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Exports;
using Satisfaction.Application.Import;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Rates;
using Satisfaction.Application.Rdd;
using Satisfaction.Application.Ringback;
using Satisfaction.Core.Contact;
using Satisfaction.Application.Sampling;
using Satisfaction.Application.Scores;
using Satisfaction.Application.Statistics;

namespace Satisfaction.Application.Hosting;

/// <summary>Registers the use cases and their settings; commands, jobs and endpoints take them from the container.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the use cases (scoped: one store context per command, job run or request) and their options bound
    /// from configuration (<c>Sampling</c>, <c>Rdd</c>), validated at start. Needs <see cref="Microsoft.Extensions.Configuration.IConfiguration"/>
    /// in the container and the store (<c>AddSatisfactionData</c>).
    /// </summary>
    public static IServiceCollection AddSatisfactionApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        Bind<SamplingOptions>(services, SamplingOptions.SectionName);
        Bind<RddOptions>(services, RddOptions.SectionName);
        Bind<ImportOptions>(services, ImportOptions.SectionName);
        Bind<Retention.RetentionOptions>(services, Retention.RetentionOptions.SectionName)
            .Validate(o => o.Days is >= 1 and <= 3650, "Retention:Days must be a whole number of days from 1 to 3650.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RddOptions>, RddOptionsValidator>());

        Bind<ScoreOptions>(services, ScoreOptions.SectionName)
            .Validate(o => o.RddAdultsCap is >= 1 and <= 20, "Scores:RddAdultsCap must be a whole number from 1 to 20.");

        Bind<ExportOptions>(services, ExportOptions.SectionName);

        services.TryAddScoped<CrimeImporter>();
        services.TryAddScoped<Forces.ForceSetup>();
        services.TryAddScoped<InboxImportService>();
        services.TryAddScoped<Retention.RetentionService>();
        services.TryAddScoped<Forces.ForceShowService>();
        services.TryAddScoped<Forces.ForceSelection>();
        services.TryAddScoped<Forces.ForceScope>(sp => new Forces.ForceScope(
            sp.GetRequiredService<Data.SatisfactionDbContext>(),
            sp.GetRequiredService<Forces.ForceSelection>().Code ?? sp.GetRequiredService<IOptions<Data.StoreOptions>>().Value.Force));
        services.TryAddScoped<SampleDrawService>();
        services.TryAddScoped<SampleExplainService>();
        services.TryAddScoped<SampleExportService>();
        services.TryAddScoped<SampleListService>();
        services.TryAddScoped<WeeklySampleService>();
        services.TryAddScoped<RddReleaseService>();
        services.TryAddScoped<RddExportService>();
        Bind<RingbackOptions>(services, RingbackOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RingbackOptions>, RingbackOptionsValidator>());
        services.TryAddSingleton<Forces.ForceContactWindows>();
        services.TryAddSingleton<IContactWindowsSource>(sp => sp.GetRequiredService<Forces.ForceContactWindows>());
        services.TryAddSingleton(sp => new RingbackPolicy(
            sp.GetRequiredService<IOptions<RingbackOptions>>(), sp.GetRequiredService<IOptions<RddOptions>>(), sp.GetRequiredService<IContactWindowsSource>()));
        services.TryAddSingleton<RingbackScripts>();
        services.TryAddScoped<RingbackQueueBuilder>();
        services.TryAddScoped<RingbackDesk>();
        services.TryAddScoped<RingbackStatusService>();
        services.TryAddScoped<ResponseRatesService>();
        services.TryAddScoped<SmsHandOver>();
        services.TryAddScoped<SmsRingbackSync>();
        services.TryAddSingleton<QuestionnaireLibrary>();
        services.TryAddSingleton<ScriptRenderer>();
        services.TryAddSingleton<SurveyEstimates>();
        services.TryAddSingleton<ReplicateWeighting>();
        services.TryAddScoped<ScoresService>();
        services.TryAddScoped<ExportService>();
        services.TryAddScoped<ScoreSnapshotService>();
        services.TryAddScoped<Benchmarking.StoreBenchmarkService>();
        return services;
    }

    /// <summary>Binds a section strictly: an unknown key or an unparsable value is an error at start, never a default.</summary>
    internal static OptionsBuilder<T> Bind<T>(IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>()
            .BindConfiguration(section, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
}
