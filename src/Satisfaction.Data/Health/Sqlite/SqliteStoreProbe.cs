using Microsoft.Data.Sqlite;

namespace Satisfaction.Data.Health.Sqlite;

/// <summary>
/// SQLite: whether a write transaction can be begun on the file (<c>BEGIN IMMEDIATE</c>, then rolled back). A writer
/// that holds the file for longer than a second (an import) counts as writable: the store is busy, not broken.
/// </summary>
public sealed class SqliteStoreProbe : IStoreProbe
{
    /// <inheritdoc />
    public async Task<(bool Writable, string? Problem)> WritableAsync(StoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.Path, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 1 }.ToString());
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return (true, null);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            return (true, "busy: another writer holds the store");
        }
        catch (SqliteException ex)
        {
            return (false, $"the store cannot be written: {ex.Message}");
        }
    }
}
