using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Satisfaction.Data.Bulk.Sqlite;

namespace Satisfaction.Data.Bulk;

/// <summary>Chooses the <see cref="ICrimeBulkStore"/> for the configured provider.</summary>
public static class CrimeBulkStores
{
    /// <summary>The bulk store for <paramref name="provider"/>.</summary>
    /// <exception cref="NotSupportedException">The provider has no bulk store yet (PostgreSQL: a later issue adds binary COPY).</exception>
    public static ICrimeBulkStore For(StoreProvider provider) => provider switch
    {
        StoreProvider.Sqlite => new SqliteCrimeBulkStore(),
        _ => throw new NotSupportedException($"Store:Provider '{provider}' has no bulk import yet."),
    };

    /// <summary>Container factory: the bulk store for the validated <see cref="StoreOptions.Provider"/>.</summary>
    public static ICrimeBulkStore Create(IServiceProvider services) =>
        For(services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider);
}
