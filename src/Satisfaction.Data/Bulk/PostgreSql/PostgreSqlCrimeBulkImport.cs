using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using Satisfaction.Core.Crimes;

namespace Satisfaction.Data.Bulk.PostgreSql;

/// <summary>One file's staging table (<c>pg_temp.import_rows</c>, dropped at commit) on a PostgreSQL connection, inside the caller's transaction.</summary>
internal sealed class PostgreSqlCrimeBulkImport(NpgsqlConnection connection, NpgsqlTransaction transaction) : ICrimeBulkImport
{
    // Text compares as in the store's columns (collation C); the index is built once, after loading.
    private const string StagingDdl = """
        DROP TABLE IF EXISTS pg_temp.import_rows;
        CREATE TEMP TABLE import_rows (
            line bigint NOT NULL, crime_ref text COLLATE "C" NOT NULL, recorded_at bigint NOT NULL, recorded_date date NOT NULL,
            offence_code text COLLATE "C" NOT NULL, incident_type text COLLATE "C" NOT NULL, division_id integer NOT NULL,
            victim_id text COLLATE "C" NOT NULL, victim_type text COLLATE "C" NOT NULL, victim_age integer, victim_date_of_birth date,
            location_id text COLLATE "C", flags text COLLATE "C" NOT NULL, phone_e164 text COLLATE "C"
        ) ON COMMIT DROP;
        """;

    private const string Copy = """
        COPY import_rows (line, crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, phone_e164) FROM STDIN (FORMAT BINARY)
        """;

    private const string Duplicates = """
        SELECT a.line, a.crime_ref, MIN(b.line) FROM import_rows a
        JOIN import_rows b ON b.crime_ref = a.crime_ref AND b.line < a.line
        GROUP BY a.line, a.crime_ref ORDER BY a.line
        """;

    private const string Differs = """
        r.recorded_at IS DISTINCT FROM s.recorded_at OR r.recorded_date IS DISTINCT FROM s.recorded_date
        OR r.offence_code IS DISTINCT FROM s.offence_code OR r.incident_type IS DISTINCT FROM s.incident_type
        OR r.division_id IS DISTINCT FROM s.division_id OR r.victim_id IS DISTINCT FROM s.victim_id
        OR r.victim_type IS DISTINCT FROM s.victim_type OR r.victim_age IS DISTINCT FROM s.victim_age
        OR r.victim_date_of_birth IS DISTINCT FROM s.victim_date_of_birth OR r.location_id IS DISTINCT FROM s.location_id
        OR r.flags IS DISTINCT FROM s.flags
        """;

    private const string CountChanges = $"""
        SELECT COUNT(*) FILTER (WHERE r.id IS NULL), COUNT(*) FILTER (WHERE r.id IS NOT NULL AND ({Differs}))
        FROM import_rows s LEFT JOIN recorded_crimes r ON r.force_id = @force AND r.crime_ref = s.crime_ref
        """;

    private const string MergeCrimes = """
        INSERT INTO recorded_crimes AS r (force_id, crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, first_imported_at, updated_at, source_file, source_line)
        SELECT @force, crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, @now, @now, @file, line
        FROM import_rows
        ON CONFLICT (force_id, crime_ref) DO UPDATE SET recorded_at = excluded.recorded_at, recorded_date = excluded.recorded_date,
            offence_code = excluded.offence_code, incident_type = excluded.incident_type, division_id = excluded.division_id,
            victim_id = excluded.victim_id, victim_type = excluded.victim_type, victim_age = excluded.victim_age,
            victim_date_of_birth = excluded.victim_date_of_birth, location_id = excluded.location_id, flags = excluded.flags,
            updated_at = excluded.updated_at, source_file = excluded.source_file, source_line = excluded.source_line
        WHERE r.recorded_at IS DISTINCT FROM excluded.recorded_at OR r.recorded_date IS DISTINCT FROM excluded.recorded_date
            OR r.offence_code IS DISTINCT FROM excluded.offence_code OR r.incident_type IS DISTINCT FROM excluded.incident_type
            OR r.division_id IS DISTINCT FROM excluded.division_id OR r.victim_id IS DISTINCT FROM excluded.victim_id
            OR r.victim_type IS DISTINCT FROM excluded.victim_type OR r.victim_age IS DISTINCT FROM excluded.victim_age
            OR r.victim_date_of_birth IS DISTINCT FROM excluded.victim_date_of_birth
            OR r.location_id IS DISTINCT FROM excluded.location_id OR r.flags IS DISTINCT FROM excluded.flags
        """;

    // Per victim, the usable phone of the file's last row that has one replaces the stored phone; a victim
    // without any usable phone in the file is added with none, and an existing one keeps theirs.
    private const string MergeContacts = """
        INSERT INTO victim_contacts AS v (force_id, victim_id, phone_e164, updated_at)
        SELECT @force, victim_id, phone_e164, @now FROM (
            SELECT DISTINCT ON (victim_id) victim_id, phone_e164 FROM import_rows WHERE phone_e164 IS NOT NULL ORDER BY victim_id, line DESC
        ) AS last_phone
        UNION ALL
        SELECT @force, victim_id, NULL, @now FROM import_rows GROUP BY victim_id HAVING COUNT(phone_e164) = 0
        ON CONFLICT (force_id, victim_id) DO UPDATE SET phone_e164 = excluded.phone_e164, updated_at = excluded.updated_at
        WHERE excluded.phone_e164 IS NOT NULL AND v.phone_e164 IS DISTINCT FROM excluded.phone_e164
        """;

    private bool _staged;
    private bool _indexed;

    /// <summary>Creates the staging table.</summary>
    public async Task CreateStagingAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(StagingDdl, cancellationToken).ConfigureAwait(false);
        _staged = true;
    }

    /// <inheritdoc />
    public async Task<long> StageAsync(IEnumerable<StagedCrime> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        EnsureStaging();
        if (_indexed)
        {
            throw new InvalidOperationException("Rows cannot be staged after duplicates were looked for.");
        }

        long count = 0;
        var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.Line, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.CrimeRef, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.RecordedAt.UtcTicks, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.RecordedDate, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.OffenceCode, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(EnumCodes.ToCode(row.IncidentType), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.DivisionId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.VictimId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(EnumCodes.ToCode(row.VictimType), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(writer, row.VictimAge, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(writer, row.VictimDateOfBirth, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
                await WriteTextAsync(writer, row.LocationId, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(row.Flags == CrimeFlags.None ? string.Empty : CrimeFlagsText.Format(row.Flags), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteTextAsync(writer, row.PhoneE164, cancellationToken).ConfigureAwait(false);
                count++;
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DuplicateCrimeRef> FindDuplicatesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        EnsureStaging();
        if (!_indexed)
        {
            await ExecuteAsync("CREATE INDEX ON import_rows (crime_ref, line); ANALYZE import_rows", cancellationToken).ConfigureAwait(false);
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
            count.Parameters.AddWithValue("force", forceId);
            var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                (inserted, updated) = (reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        var ticks = now.UtcTicks;
        await ExecuteAsync(MergeCrimes, cancellationToken, ("force", forceId), ("now", ticks), ("file", sourceFile)).ConfigureAwait(false);
        var contacts = await ExecuteAsync(MergeContacts, cancellationToken, ("force", forceId), ("now", ticks)).ConfigureAwait(false);
        await ExecuteAsync("DROP TABLE import_rows", cancellationToken).ConfigureAwait(false);
        _staged = false;
        return new CrimeMergeCounts(inserted, updated, contacts);
    }

    /// <summary>
    /// Drops the staging table if it is still there. Inside a failed transaction nothing can run: the table goes
    /// with the rollback (it is also dropped at commit).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!_staged || connection.State != System.Data.ConnectionState.Open)
        {
            _staged = false;
            return;
        }

        _staged = false;
        try
        {
            await ExecuteAsync("DROP TABLE IF EXISTS pg_temp.import_rows", CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // The transaction is over: a commit dropped the table (ON COMMIT DROP), a rollback undid its creation.
        }
        catch (PostgresException)
        {
            // A transaction already in error keeps the table until its rollback, which removes it.
        }
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } v ? writer.WriteAsync(v, type, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private void EnsureStaging()
    {
        if (!_staged)
        {
            throw new InvalidOperationException("The staging table is gone: the import was merged or disposed.");
        }
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

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
