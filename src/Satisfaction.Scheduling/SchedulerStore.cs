using System.Globalization;
using Microsoft.Data.Sqlite;
using Quartz;
using Satisfaction.Core;
using Satisfaction.Data;

namespace Satisfaction.Scheduling;

/// <summary>
/// Where Quartz keeps triggers, pauses and fired triggers: its ADO.NET job store, chosen by <c>Store:Provider</c>.
/// For <c>Sqlite</c> it is a sibling file of the store, <c>NAME.scheduler.db</c> beside <c>NAME.db</c> (so a long
/// import never holds the scheduler's write lock), created with the schema script Quartz ships
/// (<c>create_sqlite.sql</c>, embedded in Quartz.dll; every statement is CREATE ... IF NOT EXISTS) each time the
/// service or a <c>jobs</c> command starts. Not clustered: one service per store.
/// </summary>
public sealed class SchedulerStore
{
    /// <summary>Quartz's table prefix.</summary>
    public const string TablePrefix = "QRTZ_";

    /// <summary>The scheduler's name in the job store.</summary>
    public const string SchedulerName = "satisfaction";

    private const string SchemaResource = "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql";

    /// <summary>Creates the store description.</summary>
    /// <param name="provider">The store's engine (<c>Store:Provider</c>).</param>
    /// <param name="storePath">Full path of the SQLite store file (<c>Store:Path</c> resolved).</param>
    /// <param name="busyTimeoutMilliseconds">How long a writer waits for a locked file.</param>
    public SchedulerStore(StoreProvider provider, string storePath, int busyTimeoutMilliseconds = 5000)
    {
        ArgumentNullException.ThrowIfNull(storePath);
        Provider = provider;
        Path = SiblingOf(storePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            DefaultTimeout = Math.Max(1, busyTimeoutMilliseconds / 1000),
            Pooling = true,
        }.ToString();
    }

    /// <summary>The store's engine.</summary>
    public StoreProvider Provider { get; }

    /// <summary>The job store's SQLite file.</summary>
    public string Path { get; }

    /// <summary>ADO.NET connection string of the job store.</summary>
    public string ConnectionString { get; }

    /// <summary><c>x/satisfaction.db</c> gives <c>x/satisfaction.scheduler.db</c>.</summary>
    public static string SiblingOf(string storePath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(storePath)) ?? ".", System.IO.Path.GetFileNameWithoutExtension(storePath) + ".scheduler.db");

    /// <summary>Configures Quartz's persistent store for <see cref="Provider"/>.</summary>
    /// <exception cref="InvalidInputException">A provider without a job store yet.</exception>
    public void Configure(IPersistentStoreBuilder store)
    {
        ArgumentNullException.ThrowIfNull(store);
        switch (Provider)
        {
            case StoreProvider.Sqlite:
                store.UseSqlite(ConnectionString);
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = TimeSpan.FromSeconds(60);
                });
                break;
            default:
                // PostgreSQL: UsePostgres on the store's own database with UseClustering, same jobs (issue 'PostgreSQL').
                throw new InvalidInputException($"Store:Provider {Provider}: the scheduler has no job store for it yet; only Sqlite is wired.");
        }
    }

    /// <summary>Applies Quartz's own schema script (idempotent) to the job store.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (Provider != StoreProvider.Sqlite)
        {
            return;
        }

        string script;
        var resource = typeof(IJob).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"Quartz.dll has no {SchemaResource}; the Quartz package is not the expected version.");
        using (var reader = new StreamReader(resource))
        {
            script = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var statement in script.Split("\n--;;", StringSplitOptions.RemoveEmptyEntries))
            {
                var sql = string.Format(CultureInfo.InvariantCulture, statement, TablePrefix, TablePrefix).Trim();
                if (sql.Split('\n').All(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal) || l.Trim().Length == 0))
                {
                    continue;
                }

                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
#pragma warning disable CA2100 // The SQL is Quartz's own shipped script with the fixed prefix: no user input.
                    command.CommandText = sql;
#pragma warning restore CA2100
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
