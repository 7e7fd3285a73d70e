using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Satisfaction.Data.Analysis.PostgreSql;
using Satisfaction.Data.Analysis.Sqlite;

namespace Satisfaction.Data.Analysis;

/// <summary>Chooses the <see cref="IAnalysisQueries"/> for a store's provider.</summary>
public static class AnalysisQueries
{
    /// <summary>The queries for <paramref name="provider"/>.</summary>
    /// <exception cref="NotSupportedException">The provider is not known.</exception>
    public static IAnalysisQueries For(StoreProvider provider) => provider switch
    {
        StoreProvider.Sqlite => new SqliteAnalysisQueries(),
        StoreProvider.PostgreSql => new PostgreSqlAnalysisQueries(),
        _ => throw new NotSupportedException($"Store:Provider '{provider}' is not known."),
    };

    /// <summary>The queries for the provider <paramref name="database"/> runs on.</summary>
    public static IAnalysisQueries For(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return For(database.IsNpgsql() ? StoreProvider.PostgreSql : StoreProvider.Sqlite);
    }
}
