using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Satisfaction.Data.Hosting;

/// <summary>Registers the store: <see cref="StoreOptions"/> from the <c>Store</c> section, validated at start.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="StoreOptions"/> (section <c>Store</c>; an unknown key or a value of the wrong kind is an
    /// error at start), the <see cref="SatisfactionStore"/> singleton and a scoped <see cref="SatisfactionDbContext"/>.
    /// Migrations are not run here: the host runs <see cref="SatisfactionStore.MigrateAsync"/> once at start.
    /// </summary>
    public static IServiceCollection AddSatisfactionData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());
        services.TryAddSingleton<SatisfactionStore>();
        services.TryAddSingleton<IDbContextFactory<SatisfactionDbContext>>(sp => sp.GetRequiredService<SatisfactionStore>());
        services.TryAddScoped(sp => sp.GetRequiredService<SatisfactionStore>().CreateDbContext());
        services.TryAddSingleton<Bulk.ICrimeBulkStore>(Bulk.CrimeBulkStores.Create);
        services.TryAddSingleton<Queue.ICallQueueLocks>(Queue.CallQueueLocks.Create);
        return services;
    }
}
