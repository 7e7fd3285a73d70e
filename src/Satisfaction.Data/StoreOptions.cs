namespace Satisfaction.Data;

/// <summary>Where the store is: bound from configuration section <c>Store</c> (e.g. <c>Store:Path</c>, env <c>SATISFACTION_STORE__PATH</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Store";

    /// <summary>Database engine: <see cref="StoreProvider.Sqlite"/> (one file, one machine; the default) or <see cref="StoreProvider.PostgreSql"/> (a shared server; needs <see cref="ConnectionString"/>).</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>SQLite file path (absolute, or relative to the working folder); default <c>satisfaction.db</c>.</summary>
    public string Path { get; set; } = "satisfaction.db";

    /// <summary>Npgsql connection string for PostgreSQL (e.g. <c>Host=db;Database=satisfaction;Username=app;Password=...</c>); required for PostgreSQL, ignored for SQLite. Never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a writer waits for another writer, in milliseconds (SQLite busy_timeout; PostgreSQL lock_timeout of write transactions).</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 30000;

    /// <summary>
    /// Code of the force that commands, jobs and endpoints act for (<c>Store:Force</c>, the <c>--force CODE</c> option);
    /// null or empty: the store's only force (a store with several forces then refuses to guess).
    /// </summary>
    public string? Force { get; set; }
}
