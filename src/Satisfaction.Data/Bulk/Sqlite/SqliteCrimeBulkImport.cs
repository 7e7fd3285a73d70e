using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Satisfaction.Data.Bulk.Sqlite;

/// <summary>One file's staging table (<c>temp.import_rows</c>) on a SQLite connection, inside the caller's transaction.</summary>
internal sealed class SqliteCrimeBulkImport(SqliteConnection connection, SqliteTransaction transaction) : ICrimeBulkImport
{
    // Rows are appended to an unindexed table; the index is built once, after loading.
    private const string StagingDdl = """
        DROP TABLE IF EXISTS temp.import_rows;
        CREATE TEMP TABLE import_rows (
            line INTEGER NOT NULL, crime_ref TEXT NOT NULL, recorded_at INTEGER NOT NULL, recorded_date TEXT NOT NULL,
            offence_code TEXT NOT NULL, incident_type TEXT NOT NULL, division_id INTEGER NOT NULL, victim_id TEXT NOT NULL,
            victim_type TEXT NOT NULL, victim_age INTEGER, victim_date_of_birth TEXT, location_id TEXT, flags TEXT NOT NULL,
            phone_e164 TEXT
        );
        """;

    private const string Duplicates = """
        SELECT a.line, a.crime_ref, MIN(b.line) FROM temp.import_rows a
        JOIN temp.import_rows b ON b.crime_ref = a.crime_ref AND b.line < a.line
        GROUP BY a.line ORDER BY a.line
        """;

    private const string Differs = """
        r.recorded_at IS NOT s.recorded_at OR r.recorded_date IS NOT s.recorded_date OR r.offence_code IS NOT s.offence_code
        OR r.incident_type IS NOT s.incident_type OR r.division_id IS NOT s.division_id OR r.victim_id IS NOT s.victim_id
        OR r.victim_type IS NOT s.victim_type OR r.victim_age IS NOT s.victim_age
        OR r.victim_date_of_birth IS NOT s.victim_date_of_birth OR r.location_id IS NOT s.location_id OR r.flags IS NOT s.flags
        """;

    private const string CountChanges = $"""
        SELECT COALESCE(SUM(r.id IS NULL), 0), COALESCE(SUM(r.id IS NOT NULL AND ({Differs})), 0)
        FROM temp.import_rows s LEFT JOIN recorded_crimes r ON r.force_id = $force AND r.crime_ref = s.crime_ref
        """;

    private const string MergeCrimes = """
        INSERT INTO recorded_crimes (force_id, crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, first_imported_at, updated_at, source_file, source_line)
        SELECT $force, crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, $now, $now, $file, line
        FROM temp.import_rows WHERE true
        ON CONFLICT (force_id, crime_ref) DO UPDATE SET recorded_at = excluded.recorded_at, recorded_date = excluded.recorded_date,
            offence_code = excluded.offence_code, incident_type = excluded.incident_type, division_id = excluded.division_id,
            victim_id = excluded.victim_id, victim_type = excluded.victim_type, victim_age = excluded.victim_age,
            victim_date_of_birth = excluded.victim_date_of_birth, location_id = excluded.location_id, flags = excluded.flags,
            updated_at = excluded.updated_at, source_file = excluded.source_file, source_line = excluded.source_line
        WHERE recorded_at IS NOT excluded.recorded_at OR recorded_date IS NOT excluded.recorded_date
            OR offence_code IS NOT excluded.offence_code OR incident_type IS NOT excluded.incident_type
            OR division_id IS NOT excluded.division_id OR victim_id IS NOT excluded.victim_id OR victim_type IS NOT excluded.victim_type
            OR victim_age IS NOT excluded.victim_age OR victim_date_of_birth IS NOT excluded.victim_date_of_birth
            OR location_id IS NOT excluded.location_id OR flags IS NOT excluded.flags;
        """;

    // Per victim, the usable phone of the file's last row that has one replaces the stored phone; a victim
    // without any usable phone in the file is added with none, and an existing one keeps theirs.
    private const string MergeContacts = """
        INSERT INTO victim_contacts (force_id, victim_id, phone_e164, updated_at)
        SELECT $force, victim_id, phone_e164, $now FROM (
            SELECT victim_id, phone_e164, MAX(line) FROM temp.import_rows WHERE phone_e164 IS NOT NULL GROUP BY victim_id
            UNION ALL
            SELECT victim_id, NULL, 0 FROM temp.import_rows GROUP BY victim_id HAVING COUNT(phone_e164) = 0
        ) WHERE true
        ON CONFLICT (force_id, victim_id) DO UPDATE SET phone_e164 = excluded.phone_e164, updated_at = excluded.updated_at
        WHERE excluded.phone_e164 IS NOT NULL AND phone_e164 IS NOT excluded.phone_e164;
        """;

    private long? _savedCacheSize;
    private bool _staged;
    private bool _indexed;

    /// <summary>Creates the staging table and raises the page cache to 64 MB, whatever the file size.</summary>
    public async Task CreateStagingAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(StagingDdl, cancellationToken).ConfigureAwait(false);
        _staged = true;
        _savedCacheSize = await ScalarAsync("PRAGMA cache_size", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("PRAGMA cache_size = -65536", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<long> StageAsync(IEnumerable<StagedCrime> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        EnsureStaging();
        if (_indexed)
        {
            throw new InvalidOperationException("Rows cannot be staged after duplicates were looked for.");
        }

        long count = 0;
        using var insert = new SqliteStagingStatement(connection);
        foreach (var row in rows)
        {
            if ((count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            insert.Add(row);
            count++;
        }

        return Task.FromResult(count);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DuplicateCrimeRef> FindDuplicatesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        EnsureStaging();
        if (!_indexed)
        {
            await ExecuteAsync("CREATE INDEX temp.ix_import_rows_crime_ref ON import_rows (crime_ref, line)", cancellationToken).ConfigureAwait(false);
            _indexed = true;
        }

        var command = Command(Duplicates);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return new DuplicateCrimeRef(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2));
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<CrimeMergeCounts> MergeAsync(int forceId, DateTimeOffset now, string sourceFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        EnsureStaging();
        long inserted, updated;
        var count = Command(CountChanges);
        await using (count.ConfigureAwait(false))
        {
            count.Parameters.AddWithValue("$force", forceId);
            var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                (inserted, updated) = (reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        var ticks = now.UtcTicks;
        await ExecuteAsync(MergeCrimes, cancellationToken, ("$force", forceId), ("$now", ticks), ("$file", sourceFile)).ConfigureAwait(false);
        var contacts = await ExecuteAsync(MergeContacts, cancellationToken, ("$force", forceId), ("$now", ticks)).ConfigureAwait(false);
        await ExecuteAsync("DROP TABLE temp.import_rows", cancellationToken).ConfigureAwait(false);
        _staged = false;
        return new CrimeMergeCounts(inserted, updated, contacts);
    }

    /// <summary>
    /// Drops the staging table if it is still there and restores the page cache. Runs inside the transaction while
    /// it is open (a failed import), outside it once committed or rolled back.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            if (_staged)
            {
                _staged = false;
                await ExecuteAsync("DROP TABLE IF EXISTS temp.import_rows", CancellationToken.None).ConfigureAwait(false);
            }

            if (_savedCacheSize is { } size)
            {
                _savedCacheSize = null;
                await ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size}"), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (SqliteException)
        {
            // Cleaning up after a failure must not hide that failure; the next import drops a leftover table first
            // (the pooled connection keeps temporary tables).
        }
    }

    private void EnsureStaging()
    {
        if (!_staged)
        {
            throw new InvalidOperationException("The staging table is gone: the import was merged or disposed.");
        }
    }

    // The transaction is the command's while it is open; once committed or rolled back, commands run on their own.
    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction.Connection is null ? null : transaction;
        command.CommandText = sql;
        return command;
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        var command = Command(sql);
        await using (command.ConfigureAwait(false))
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var command = Command(sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
