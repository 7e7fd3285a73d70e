using Npgsql;

namespace Satisfaction.Benchmarks;

/// <summary>
/// The <c>forces</c> benchmark's work list: a table of its own (<c>bench_force_queue</c>) in the benchmark's
/// PostgreSQL database, one row per force. A node claims the next unclaimed force (<c>FOR UPDATE SKIP LOCKED</c>, so
/// two nodes never claim one force and never wait for each other), draws for it and records what it did.
/// </summary>
/// <param name="connectionString">The benchmark database (never logged).</param>
public sealed class ForceWorklist(string connectionString)
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS bench_force_queue (
            position integer NOT NULL, code text NOT NULL PRIMARY KEY, node integer, claimed_at timestamptz,
            finished_at timestamptz, seconds double precision, considered integer, sampled integer, draws integer)
        """;

    private const string Claim = """
        UPDATE bench_force_queue SET node = @node, claimed_at = clock_timestamp()
        WHERE code = (SELECT code FROM bench_force_queue WHERE node IS NULL ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING code
        """;

    private const string Finish = """
        UPDATE bench_force_queue SET finished_at = clock_timestamp(), seconds = @seconds, considered = @considered, sampled = @sampled, draws = @draws
        WHERE code = @code AND node = @node AND finished_at IS NULL
        """;

    /// <summary>Creates the table if needed and fills it with <paramref name="codes"/> in order, all unclaimed (any earlier round is removed).</summary>
    public async Task ResetAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, Create, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "DELETE FROM bench_force_queue", cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < codes.Count; i++)
        {
            await ExecuteAsync(connection, "INSERT INTO bench_force_queue (position, code) VALUES (@position, @code)", cancellationToken, ("position", i), ("code", codes[i])).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Claims the next unclaimed force for <paramref name="node"/>; null when none is left.</summary>
    public async Task<string?> ClaimAsync(int node, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Claim, connection);
        command.Parameters.AddWithValue("node", node);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Records that <paramref name="node"/> finished force <paramref name="code"/>: its seconds (wall), records considered, cases sampled and draws made.</summary>
    /// <exception cref="InvalidOperationException">The force is not claimed by this node, or was already finished.</exception>
    public async Task FinishAsync(int node, string code, double seconds, int considered, int sampled, int draws, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ExecuteAsync(connection, Finish, cancellationToken,
            ("node", node), ("code", code), ("seconds", seconds), ("considered", considered), ("sampled", sampled), ("draws", draws)).ConfigureAwait(false);
        if (rows != 1)
        {
            throw new InvalidOperationException($"force {code} is not claimed by node {node}, or was finished twice.");
        }
    }

    /// <summary>Every force of the round, in queue order, with what its node recorded (nulls for a force not finished).</summary>
    public async Task<IReadOnlyList<ForceWorklistEntry>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT code, node, seconds, considered, sampled, draws FROM bench_force_queue ORDER BY position", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ForceWorklistEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ForceWorklistEntry(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetDouble(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5)));
        }

        return entries;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
#pragma warning disable CA2100 // The SQL is one of this class's constants; values are parameters.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
