using Npgsql;

namespace Satisfaction.Data.Health.PostgreSql;

/// <summary>PostgreSQL: whether the server answers and is not a read-only standby (<c>pg_is_in_recovery()</c>).</summary>
public sealed class PostgreSqlStoreProbe : IStoreProbe
{
    /// <inheritdoc />
    public async Task<(bool Writable, string? Problem)> WritableAsync(StoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var connection = new NpgsqlConnection(options.ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var command = new NpgsqlCommand("SELECT NOT pg_is_in_recovery()", connection);
                await using (command.ConfigureAwait(false))
                {
                    return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!
                        ? (true, null)
                        : (false, "the store's server is a read-only standby");
                }
            }
        }
        catch (NpgsqlException ex)
        {
            return (false, $"the store cannot be reached: {ex.Message}");
        }
    }
}
