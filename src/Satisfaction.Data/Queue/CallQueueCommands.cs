using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Satisfaction.Data.Queue;

/// <summary>
/// Runs one lock statement of <see cref="ICallQueueLocks"/> on the context's own connection and transaction, for
/// either provider (each keeps its own SQL and parameter prefix). Instants come back as UTC ticks.
/// </summary>
internal static class CallQueueCommands
{
    /// <summary>Runs <paramref name="sql"/> and reads its first row as <c>(id, lock_version, lock_expires_at)</c>; null when it returns none.</summary>
    public static async Task<ClaimedCall?> ReadClaimAsync(SatisfactionDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var command = await CommandAsync(db, sql, parameters, cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return new ClaimedCall(reader.GetInt64(0), reader.GetInt64(1), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero));
            }
        }
    }

    /// <summary>Runs <paramref name="sql"/> and returns the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(SatisfactionDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var command = await CommandAsync(db, sql, parameters, cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<DbCommand> CommandAsync(SatisfactionDbContext db, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
