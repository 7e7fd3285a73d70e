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
/// For <c>PostgreSql</c> it is the store's own database (<c>Store:ConnectionString</c>), clustered: Quartz's
/// PostgreSQL delegate, <c>clustered = true</c>, each node checking in every <see cref="CheckinInterval"/>
/// (<c>Scheduler:CheckinIntervalSeconds</c>, default 7.5 s); when a node misses its check-ins the others take
/// over its triggers and recover its interrupted runs within <see cref="TakeoverTime"/>, and every fire it held runs
/// (late) on them (<see cref="MisfireThreshold"/>). The tables come from the schema script Quartz ships
/// (<c>create_postgres.sql</c>, embedded in Quartz.dll), applied when they are missing.
/// </summary>
public sealed class SchedulerStore
{
    /// <summary>Quartz's table prefix.</summary>
    public const string TablePrefix = "QRTZ_";

    /// <summary>The scheduler's name in the job store.</summary>
    public const string SchedulerName = "satisfaction";

    private const string SchemaResource = "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql";

    // The repository's database/tables/tables_postgres.sql is newer than Quartz 4.7.3 and fails its schema check:
    // the script embedded in the Quartz.dll we run is the one that matches it.
    private const string PostgreSqlSchemaResource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    /// <summary>Quartz's default cluster check-in interval.</summary>
    public static readonly TimeSpan DefaultCheckinInterval = TimeSpan.FromSeconds(7.5);

    /// <summary>Creates the store description.</summary>
    /// <param name="provider">The store's engine (<c>Store:Provider</c>).</param>
    /// <param name="storePath">Full path of the SQLite store file (<c>Store:Path</c> resolved).</param>
    /// <param name="busyTimeoutMilliseconds">How long a writer waits for a locked file.</param>
    /// <param name="connectionString">PostgreSQL: the store's connection string (<c>Store:ConnectionString</c>); ignored for SQLite.</param>
    /// <param name="checkinInterval">PostgreSQL: how often each node checks in with the cluster; null for <see cref="DefaultCheckinInterval"/>.</param>
    public SchedulerStore(StoreProvider provider, string storePath, int busyTimeoutMilliseconds = 5000, string? connectionString = null, TimeSpan? checkinInterval = null)
    {
        ArgumentNullException.ThrowIfNull(storePath);
        Provider = provider;
        CheckinInterval = checkinInterval ?? DefaultCheckinInterval;
        if (provider == StoreProvider.PostgreSql)
        {
            ConnectionString = connectionString ?? string.Empty;
            Path = StoreDescriptions.Of(new StoreOptions { Provider = provider, ConnectionString = ConnectionString });
            return;
        }

        Path = SiblingOf(storePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            DefaultTimeout = Math.Max(1, busyTimeoutMilliseconds / 1000),
            Pooling = true,
        }.ToString();
    }

    /// <summary>
    /// How late a fire may be and still run as due (every missed fire of the job, in order) rather than by the job's
    /// <see cref="JobMisfirePolicy"/>: 60 s, and clustered at least <see cref="TakeoverTime"/> and a half, so the fires
    /// a dead node held all run on the survivors; only an outage of the whole service (or a job running longer than
    /// this) makes misfires.
    /// </summary>
    public TimeSpan MisfireThreshold => Clustered && TakeoverTime * 1.5 > TimeSpan.FromSeconds(60) ? TakeoverTime * 1.5 : TimeSpan.FromSeconds(60);

    /// <summary>
    /// Clustered: the longest a dead node's fires wait for a survivor, 4 check-in intervals (a node is found dead one
    /// interval and a grace of one interval after its last check-in; a job it was running is recovered after two
    /// more intervals, in case it was only slow) plus the 2 s a survivor may idle before it looks for due fires.
    /// </summary>
    public TimeSpan TakeoverTime => (CheckinInterval * 4) + TimeSpan.FromSeconds(2);

    /// <summary>True when several <c>serve</c> nodes share the job store (PostgreSQL).</summary>
    public bool Clustered => Provider == StoreProvider.PostgreSql;

    /// <summary>How often a clustered node checks in (and looks for dead nodes to take over from).</summary>
    public TimeSpan CheckinInterval { get; }

    /// <summary>The store's engine.</summary>
    public StoreProvider Provider { get; }

    /// <summary>The job store's SQLite file; for PostgreSQL, the server and database (no password).</summary>
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
            case StoreProvider.PostgreSql:
                store.UsePostgres(ConnectionString);
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = MisfireThreshold;
                });
                store.UseClustering(c =>
                {
                    c.CheckinInterval = CheckinInterval;
                    c.CheckinMisfireThreshold = CheckinInterval;
                });
                break;
            default:
                throw new InvalidInputException($"Store:Provider {Provider}: the scheduler has no job store for it.");
        }
    }

    /// <summary>Applies Quartz's own schema script (idempotent) to the job store.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (Provider == StoreProvider.PostgreSql)
        {
            await EnsurePostgreSqlSchemaAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

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

    // Several nodes may start at once: the check and the script run under one advisory lock.
    private async Task EnsurePostgreSqlSchemaAsync(CancellationToken cancellationToken)
    {
        var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var lockCommand = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(5355415254)", connection, transaction);
                await using (lockCommand.ConfigureAwait(false))
                {
                    await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                bool missing;
                var check = new Npgsql.NpgsqlCommand("SELECT to_regclass('qrtz_job_details') IS NULL", connection, transaction);
                await using (check.ConfigureAwait(false))
                {
                    missing = (bool)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }

                if (missing)
                {
                    string script;
                    var resource = typeof(IJob).Assembly.GetManifestResourceStream(PostgreSqlSchemaResource)
                        ?? throw new InvalidOperationException($"Quartz.dll has no {PostgreSqlSchemaResource}; the Quartz package is not the expected version.");
                    using (var reader = new StreamReader(resource))
                    {
                        script = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                    }

                    foreach (var statement in script.Split("\n--;;", StringSplitOptions.RemoveEmptyEntries))
                    {
                        var sql = string.Format(CultureInfo.InvariantCulture, statement, TablePrefix, TablePrefix).Trim();
                        if (sql.Split('\n').All(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal) || l.Trim().Length == 0))
                        {
                            continue;
                        }

#pragma warning disable CA2100 // Quartz's own shipped script with the fixed prefix: no user input.
                        var create = new Npgsql.NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
                        await using (create.ConfigureAwait(false))
                        {
                            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// PostgreSQL: whether a <c>serve</c> node has checked in with the cluster within three check-in intervals, by
    /// the server's clock (Quartz keeps check-ins as UTC ticks and intervals in milliseconds in <c>qrtz_scheduler_state</c>).
    /// </summary>
    public bool AnyNodeCheckedInRecently()
    {
        using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM qrtz_scheduler_state WHERE sched_name = @name AND last_checkin_time >= " +
            "(extract(epoch FROM clock_timestamp()) * 10000000)::bigint + 621355968000000000 - 3 * checkin_interval * 10000)",
            connection);
        command.Parameters.AddWithValue("name", SchedulerName);
        try
        {
            return (bool)command.ExecuteScalar()!;
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
    }
}
