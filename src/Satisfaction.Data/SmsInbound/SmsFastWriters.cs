using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Satisfaction.Data.SmsInbound.PostgreSql;
using Satisfaction.Data.SmsInbound.Sqlite;

namespace Satisfaction.Data.SmsInbound;

/// <summary>Chooses the <see cref="ISmsFastWriter"/> for the provider of a context's connection.</summary>
public static class SmsFastWriters
{
    /// <summary>
    /// Prepares the statements on <paramref name="db"/>'s open connection inside its current transaction (the caller
    /// began it and commits it).
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open on <paramref name="db"/>.</exception>
    /// <exception cref="NotSupportedException">The connection is neither SQLite nor PostgreSQL.</exception>
    public static ISmsFastWriter Open(SatisfactionDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The SMS fast writer runs inside the caller's transaction; none is open.");
        return db.Database.GetDbConnection() switch
        {
            SqliteConnection sqlite => new SqliteSmsFastWriter(sqlite, (SqliteTransaction)transaction),
            NpgsqlConnection npgsql => new PostgreSqlSmsFastWriter(npgsql, (NpgsqlTransaction)transaction),
            var other => throw new NotSupportedException($"No SMS fast writer for a {other.GetType().Name}."),
        };
    }
}
