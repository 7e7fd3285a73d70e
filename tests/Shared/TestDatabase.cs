using Microsoft.Data.Sqlite;
using Npgsql;
using Satisfaction.Data;

namespace Satisfaction.Tests.Stores;

/// <summary>
/// A throw-away store for one test on either provider, with a temporary folder for files beside it. SQLite: a
/// file in the folder. PostgreSQL: a new database on the server of <c>SATISFACTION_TEST_POSTGRES</c>, created
/// here and dropped on dispose. Not migrated: <see cref="Open"/> migrates.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(StoreProvider provider)
    {
        Provider = provider;
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "satisfaction-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (provider == StoreProvider.Sqlite)
        {
            Options = new StoreOptions { Provider = StoreProvider.Sqlite, Path = System.IO.Path.Combine(Folder, "store.db") };
            return;
        }

        _serverConnectionString = TestProviders.RequirePostgres();
        _databaseName = "satisfaction_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(_serverConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{_databaseName}\" TEMPLATE template0 ENCODING 'UTF8'";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName };
        Options = new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = builder.ToString(), Path = string.Empty };
    }

    /// <summary>The provider.</summary>
    public StoreProvider Provider { get; }

    /// <summary>Options that point at this store (a new object each time is not needed: do not change it).</summary>
    public StoreOptions Options { get; }

    /// <summary>A temporary folder for the test's files (and the SQLite file).</summary>
    public string Folder { get; }

    /// <summary>Configuration keys that point a host at this store (<c>Store:Provider</c>, <c>Store:Path</c> or <c>Store:ConnectionString</c>).</summary>
    public IReadOnlyDictionary<string, string?> Settings => Provider == StoreProvider.Sqlite
        ? new Dictionary<string, string?> { ["Store:Provider"] = "Sqlite", ["Store:Path"] = Options.Path }
        : new Dictionary<string, string?> { ["Store:Provider"] = "PostgreSql", ["Store:ConnectionString"] = Options.ConnectionString };

    /// <summary>Creates a store on <paramref name="provider"/>.</summary>
    public static TestDatabase Create(StoreProvider provider) => new(provider);

    /// <summary>Options with a different busy timeout (for tests of a busy store).</summary>
    public StoreOptions WithBusyTimeout(int milliseconds) => new()
    {
        Provider = Options.Provider,
        Path = Options.Path,
        ConnectionString = Options.ConnectionString,
        BusyTimeoutMilliseconds = milliseconds,
    };

    /// <summary>Opens the store, applying migrations.</summary>
    public SatisfactionDbContext Open() => SatisfactionDb.Open(Options);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_databaseName is not null && _serverConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_serverConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
