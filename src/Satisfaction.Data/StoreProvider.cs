namespace Satisfaction.Data;

/// <summary>Database engine behind the store (configuration <c>Store:Provider</c>).</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file (WAL mode): one force, one machine. The default.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server (Npgsql): several service nodes, many forces. Needs <c>Store:ConnectionString</c>.</summary>
    PostgreSql = 1,
}
