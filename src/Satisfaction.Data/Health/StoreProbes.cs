using Satisfaction.Data.Health.PostgreSql;
using Satisfaction.Data.Health.Sqlite;

namespace Satisfaction.Data.Health;

/// <summary>Chooses the <see cref="IStoreProbe"/> for the configured provider.</summary>
public static class StoreProbes
{
    /// <summary>The probe for <paramref name="provider"/>.</summary>
    /// <exception cref="NotSupportedException">The provider is not known.</exception>
    public static IStoreProbe For(StoreProvider provider) => provider switch
    {
        StoreProvider.Sqlite => new SqliteStoreProbe(),
        StoreProvider.PostgreSql => new PostgreSqlStoreProbe(),
        _ => throw new NotSupportedException($"Store:Provider '{provider}' is not known."),
    };
}
