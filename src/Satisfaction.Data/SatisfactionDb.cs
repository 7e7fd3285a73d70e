using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Satisfaction.Core;

namespace Satisfaction.Data;

/// <summary>
/// Opens the store: the one place that chooses the database provider (<see cref="StoreOptions.Provider"/>:
/// SQLite or PostgreSQL). Every SQLite context it creates is in WAL mode with a busy timeout;
/// <see cref="Open(StoreOptions)"/> also applies pending migrations (each provider has its own).
/// </summary>
public static class SatisfactionDb
{
    /// <summary>Opens (creating or upgrading as needed) the SQLite store at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">The path is a folder, its folder is missing, or the file is not a usable database.</exception>
    public static SatisfactionDbContext Open(string path) => Open(new StoreOptions { Path = path });

    /// <summary>Opens the store described by <paramref name="options"/> and applies pending migrations.</summary>
    /// <exception cref="InvalidInputException">The store cannot be opened or migrated because of the user's path or file.</exception>
    public static SatisfactionDbContext Open(StoreOptions options)
    {
        var context = CreateContext(options);
        try
        {
            // Migrate() always takes the migration lock (a write), so an up-to-date store is only read:
            // opening it must not wait for another process that is writing.
            if (context.Database.GetPendingMigrations().Any())
            {
                context.Database.Migrate();
            }

            return context;
        }
        catch (SqliteException ex)
        {
            context.Dispose();
            throw new InvalidInputException($"cannot open the store '{options.Path}': {ex.Message}", ex);
        }
        catch (NpgsqlException ex)
        {
            context.Dispose();
            throw new InvalidInputException($"cannot open the PostgreSQL store: {ex.Message}", ex);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates a context without touching the database (no migration). Checks the path: it must not be a
    /// folder and its folder must exist.
    /// </summary>
    /// <exception cref="InvalidInputException">The path or provider is unusable.</exception>
    public static SatisfactionDbContext CreateContext(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SatisfactionDbContext(BuildOptions(options));
    }

    /// <summary>
    /// The assembly that holds the PostgreSQL migrations (EF Core keeps one migrations assembly per provider;
    /// SQLite's are in this one). A host that may run on PostgreSQL references it.
    /// </summary>
    public const string PostgreSqlMigrationsAssembly = "Satisfaction.Data.PostgreSql";

    /// <summary>Context options for <paramref name="options"/>; for tests and hosts that pool contexts.</summary>
    /// <exception cref="InvalidInputException">The path, connection string or provider is unusable.</exception>
    public static DbContextOptions<SatisfactionDbContext> BuildOptions(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StoreProvider.Sqlite => BuildSqliteOptions(options),
            StoreProvider.PostgreSql => BuildPostgreSqlOptions(options),
            _ => throw new InvalidInputException($"Store:Provider '{options.Provider}' is not known; use Sqlite or PostgreSql."),
        };
    }

    private static DbContextOptions<SatisfactionDbContext> BuildPostgreSqlOptions(StoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidInputException("Store:Provider is PostgreSql but Store:ConnectionString is empty; give one such as 'Host=db;Database=satisfaction;Username=satisfaction'.");
        }

        string connectionString;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString)
            {
                // A statement may wait for a lock as long as the busy timeout, and then some to do its work.
                CommandTimeout = Math.Max(30, (options.BusyTimeoutMilliseconds + 999) / 1000 + 30),
            };

            // A writer waits for another's lock at most Store:BusyTimeoutMilliseconds (as SQLite's busy_timeout), then fails.
            var lockTimeout = string.Create(CultureInfo.InvariantCulture, $"-c lock_timeout={options.BusyTimeoutMilliseconds}");
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? lockTimeout : builder.Options + " " + lockTimeout;
            connectionString = builder.ToString();
        }
        catch (ArgumentException ex)
        {
            // The message names the key, never the value (which may be a password).
            throw new InvalidInputException($"Store:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }

        return new DbContextOptionsBuilder<SatisfactionDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly))
            .Options;
    }

    private static DbContextOptions<SatisfactionDbContext> BuildSqliteOptions(StoreOptions options)
    {
        var path = CheckSqlitePath(options.Path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy statement until this many seconds have passed (30 by default),
            // on top of busy_timeout: keep the whole wait near Store:BusyTimeoutMilliseconds (0 would mean forever).
            DefaultTimeout = Math.Max(1, (options.BusyTimeoutMilliseconds + 999) / 1000),
        }.ToString();
        return new DbContextOptionsBuilder<SatisfactionDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeoutMilliseconds))
            .Options;
    }

    private static string CheckSqlitePath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidInputException("The store path is empty; give --db FILE or set Store:Path.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InvalidInputException($"'{path}' is not a usable file path: {ex.Message}", ex);
        }

        if (Directory.Exists(full))
        {
            throw new InvalidInputException($"the store '{path}' is a folder; give a file path such as {Path.Combine(path, "satisfaction.db")}.");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InvalidInputException($"the folder of the store '{path}' does not exist: {folder}.");
        }

        return full;
    }
}
