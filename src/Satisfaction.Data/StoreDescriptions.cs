using Npgsql;

namespace Satisfaction.Data;

/// <summary>Names a store for messages and logs without its secrets.</summary>
public static class StoreDescriptions
{
    /// <summary>
    /// SQLite: the full path. PostgreSQL: <c>PostgreSQL host:port/database</c> (never the user's password, never
    /// the whole connection string); <c>PostgreSQL (invalid connection string)</c> when it cannot be parsed.
    /// </summary>
    public static string Of(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StoreProvider.Sqlite)
        {
            return Path.GetFullPath(options.Path);
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString ?? string.Empty);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (invalid connection string)";
        }
    }
}
