using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;

namespace Satisfaction.Data;

/// <summary>
/// Opens the store: the one place that chooses the database provider. Every context it creates puts
/// SQLite in WAL mode with a busy timeout; <see cref="Open(StoreOptions)"/> also applies pending migrations.
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

    /// <summary>Context options for <paramref name="options"/>; for tests and hosts that pool contexts.</summary>
    /// <exception cref="InvalidInputException">The path or provider is unusable.</exception>
    public static DbContextOptions<SatisfactionDbContext> BuildOptions(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != StoreProvider.Sqlite)
        {
            throw new InvalidInputException($"Store:Provider '{options.Provider}' is not available yet; use Sqlite.");
        }

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
