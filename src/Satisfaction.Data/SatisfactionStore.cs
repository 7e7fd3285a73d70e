using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Core;

namespace Satisfaction.Data;

/// <summary>
/// The store a process works on, built once from <see cref="StoreOptions"/>: it creates contexts (without
/// touching the database) and applies pending migrations once, when the host starts or on
/// <c>satisfaction db migrate</c>, never on every open.
/// </summary>
public sealed class SatisfactionStore : IDbContextFactory<SatisfactionDbContext>, IDisposable
{
    private readonly Lazy<DbContextOptions<SatisfactionDbContext>> _contextOptions;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private bool _migrated;

    /// <summary>Creates the store from validated options.</summary>
    public SatisfactionStore(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        _contextOptions = new Lazy<DbContextOptions<SatisfactionDbContext>>(() => SatisfactionDb.BuildOptions(Options));
    }

    /// <summary>The options the store was built from.</summary>
    public StoreOptions Options { get; }

    /// <summary>Where the store is, for messages: the full SQLite path (never a connection string, which may hold a password).</summary>
    public string Description => Options.Provider == StoreProvider.Sqlite ? Path.GetFullPath(Options.Path) : StoreDescriptions.Of(Options);

    /// <summary>A new context on the store. Does not open a connection or migrate.</summary>
    /// <exception cref="InvalidInputException">The path or provider is unusable.</exception>
    public SatisfactionDbContext CreateDbContext() => new(_contextOptions.Value);

    /// <summary>
    /// Applies pending migrations (creating the store when it is new). Runs once per process: later calls
    /// return at once. An up-to-date store is only read, so this does not wait for another writer.
    /// </summary>
    /// <returns>The migrations applied by this call (empty when the store was up to date).</returns>
    /// <exception cref="InvalidInputException">The store cannot be opened or migrated because of the user's path or file.</exception>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _migrated))
        {
            return [];
        }

        await _migrateLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return [];
            }

            var context = CreateDbContext();
            await using (context.ConfigureAwait(false))
            {
                // Several service nodes starting at once on one PostgreSQL store: one migrates, the others wait and
                // then find nothing pending (a session advisory lock on a connection of its own, released with it).
                await using var migrationLock = await PostgreSqlMigrationLockAsync(context, cancellationToken).ConfigureAwait(false);
                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
                if (pending.Count > 0)
                {
                    // Migrate() takes the migration lock (a write); only ask for it when there is work.
                    await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                }

                Volatile.Write(ref _migrated, true);
                return pending;
            }
        }
        catch (SqliteException ex)
        {
            throw new InvalidInputException($"cannot open the store '{Description}': {ex.Message}", ex);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            throw new InvalidInputException($"cannot open the store '{Description}': {ex.Message}", ex);
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    /// <summary>Key of the session advisory lock held while a PostgreSQL store is migrated.</summary>
    private const long PostgreSqlMigrationLockKey = 5355415255;

    /// <summary>On PostgreSQL an unpooled connection holding the migration lock (closing it releases the lock); on SQLite null.</summary>
    private static async Task<Npgsql.NpgsqlConnection?> PostgreSqlMigrationLockAsync(SatisfactionDbContext context, CancellationToken cancellationToken)
    {
        if (!context.Database.IsNpgsql())
        {
            return null;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()) { Pooling = false };
        var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({PostgreSqlMigrationLockKey})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _migrateLock.Dispose();
}
