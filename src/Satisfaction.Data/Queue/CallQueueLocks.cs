using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Satisfaction.Data.Queue.PostgreSql;
using Satisfaction.Data.Queue.Sqlite;

namespace Satisfaction.Data.Queue;

/// <summary>Chooses the <see cref="ICallQueueLocks"/> for the configured provider.</summary>
public static class CallQueueLocks
{
    /// <summary>The locks for <paramref name="provider"/>.</summary>
    /// <exception cref="NotSupportedException">The provider is not known.</exception>
    public static ICallQueueLocks For(StoreProvider provider) => provider switch
    {
        StoreProvider.Sqlite => new SqliteCallQueueLocks(),
        StoreProvider.PostgreSql => new PostgreSqlCallQueueLocks(),
        _ => throw new NotSupportedException($"Store:Provider '{provider}' is not known."),
    };

    /// <summary>Container factory: the locks for the validated <see cref="StoreOptions.Provider"/>.</summary>
    public static ICallQueueLocks Create(IServiceProvider services) =>
        For(services.GetRequiredService<IOptions<StoreOptions>>().Value.Provider);
}
