namespace Satisfaction.Data;

/// <summary>Database engine behind the store.</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file (WAL mode). The only provider wired today.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL (a later wave; not wired yet).</summary>
    PostgreSql = 1,
}
