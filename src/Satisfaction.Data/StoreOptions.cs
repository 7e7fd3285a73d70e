namespace Satisfaction.Data;

/// <summary>Where the store is: bound from configuration section <c>Store</c> (e.g. <c>Store:Path</c>, env <c>SATISFACTION_STORE__PATH</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Store";

    /// <summary>Database engine; only <see cref="StoreProvider.Sqlite"/> is available now.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>SQLite file path (absolute, or relative to the working folder); default <c>satisfaction.db</c>.</summary>
    public string Path { get; set; } = "satisfaction.db";

    /// <summary>Connection string for server databases (PostgreSQL); ignored for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long SQLite waits on a locked database, in milliseconds (busy_timeout).</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 30000;
}
