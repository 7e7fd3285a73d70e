using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Satisfaction.Data.Bulk.PostgreSql;
using Satisfaction.Data.Bulk.Sqlite;

namespace Satisfaction.Data.Bulk;

/// <summary>Chooses the <see cref="ICrimeBulkStore"/> for the configured provider.</summary>
public static class CrimeBulkStores
{
    /// <summary>The bulk store for <paramref name="provider"/>.</summary>
    /// <exception cref="NotSupportedException">The provider is not known.</exception>
    public static ICrimeBulkStore For(StoreProvider provider) => provider switch
    {
        StoreProvider.Sqlite => new SqliteCrimeBulkStore(),
        StoreProvider.PostgreSql => new PostgreSqlCrimeBulkStore(),
        _ => throw new NotSupportedException($"Store:Provider '{provider}' is not known."),
    };

    /// <summary>Container factory: the bulk store for the validated <see cref="StoreOptions.Provider"/>.</summary>
    public static ICrimeBulkStore Create(IServiceProvider services) =>
        For(services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider);
}
