using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Phones;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using SQLitePCL;

namespace Satisfaction.Application.Import;

/// <summary>
/// <c>satisfaction import crimes FILE.csv</c>: imports a recorded-crime extract in one transaction.
/// A file with any bad row writes nothing and reports every bad row; re-importing the same file changes
/// nothing (idempotent on crime_ref); a changed record is updated. Victims' phone numbers go to
/// victim_contacts only and are never logged.
/// </summary>
/// <remarks>
/// Streams: valid rows are appended by one prepared statement to a temporary staging table
/// (SQLite spills it to disk); duplicate crime_refs are then found with one indexed self-join, and two
/// set-based upserts merge the staging table into recorded_crimes and victim_contacts. No entity is tracked, so memory does not grow with
/// the file. SQLite-specific SQL on the context's own connection, inside the EF transaction.
/// </remarks>
public sealed class CrimeImporter(SatisfactionDbContext db, TimeProvider time, ILogger<CrimeImporter>? logger = null)
{
    private const string Differs = """
        r.recorded_at IS NOT s.recorded_at OR r.recorded_date IS NOT s.recorded_date OR r.offence_code IS NOT s.offence_code
        OR r.incident_type IS NOT s.incident_type OR r.division_id IS NOT s.division_id OR r.victim_id IS NOT s.victim_id
        OR r.victim_type IS NOT s.victim_type OR r.victim_age IS NOT s.victim_age
        OR r.victim_date_of_birth IS NOT s.victim_date_of_birth OR r.location_id IS NOT s.location_id OR r.flags IS NOT s.flags
        """;

    private readonly ILogger _logger = logger ?? NullLogger<CrimeImporter>.Instance;

    /// <summary>Imports one file.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="fileName">Name stored as the source and used in messages.</param>
    /// <param name="options">Error limit and time policies (duplicate detection is done by the store).</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    /// <exception cref="Core.InvalidInputException">The header is missing or lacks a required column.</exception>
    public async Task<CrimeImportResult> ImportAsync(TextReader reader, string fileName, CrimeCsvReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var sourceName = Path.GetFileName(fileName);
        using var csv = new CrimeCsvReader(reader, fileName, (options ?? new CrimeCsvReaderOptions()) with { DetectDuplicateRefs = false });
        csv.ReadHeader();
        if (csv.IgnoredColumns.Count > 0)
        {
            _logger.LogWarning("{File}: ignoring column(s) {Columns}", sourceName, string.Join(", ", csv.IgnoredColumns));
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            await ExecuteAsync(connection, tx, StagingDdl, cancellationToken).ConfigureAwait(false);
            var cacheSize = await ScalarAsync(connection, tx, "PRAGMA cache_size", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, "PRAGMA cache_size = -65536", cancellationToken).ConfigureAwait(false); // 64 MB, whatever the file size
            var divisions = await db.Divisions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var divisionIds = divisions.GroupBy(d => d.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
            var known = divisionIds.Count == 0 ? "none: create the force's divisions first (e.g. satisfaction demo)" : string.Join(", ", divisionIds.Keys.Order(StringComparer.Ordinal));

            long unusable = 0, empty = 0;
            using (var stage = new Staging(connection))
            {
                foreach (var row in csv.ReadRows())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!divisionIds.TryGetValue(row.Division, out var divisionId))
                    {
                        csv.Errors.Add(row.Line, CrimeCsvColumns.Division, $"'{row.Division}' is not a division of the force; known: {known}");
                        continue;
                    }

                    unusable += row.Phone.Status == PhoneStatus.Unusable ? 1 : 0;
                    empty += row.Phone.Status == PhoneStatus.Empty ? 1 : 0;
                    stage.Add(row, divisionId);
                }
            }

            await ReportDuplicatesAsync(connection, tx, csv.Errors, cancellationToken).ConfigureAwait(false);
            if (csv.Errors.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                _logger.LogWarning("{File}: {Count} bad row(s); nothing imported", sourceName, csv.Errors.Count);
                return new CrimeImportResult(fileName, csv.RowsRead, 0, 0, 0, 0, unusable, empty, csv.IgnoredColumns, csv.Errors);
            }

            var now = time.GetUtcNow().UtcTicks;
            var (inserted, updated) = await CountChangesAsync(connection, tx, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, MergeCrimes, cancellationToken, ("$now", now), ("$file", sourceName)).ConfigureAwait(false);
            var contacts = await ExecuteAsync(connection, tx, MergeContacts, cancellationToken, ("$now", now)).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, "DROP TABLE temp.import_rows;", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}"), cancellationToken).ConfigureAwait(false);
            var unchanged = csv.RowsRead - inserted - updated;
            db.AuditLog.Add(new AuditLogEntry
            {
                At = time.GetUtcNow(),
                Actor = "cli",
                Action = "import_crimes",
                Subject = sourceName,
                Details = string.Create(CultureInfo.InvariantCulture, $"rows={csv.RowsRead} inserted={inserted} updated={updated} unchanged={unchanged}"),
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("{File}: {Rows} rows, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged", sourceName, csv.RowsRead, inserted, updated, unchanged);
            return new CrimeImportResult(fileName, csv.RowsRead, inserted, updated, unchanged, contacts, unusable, empty, csv.IgnoredColumns, csv.Errors);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    // Rows are appended in batches to an unindexed table; the index is built once, after loading.
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

    private const string MergeCrimes = """
        INSERT INTO recorded_crimes (crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, first_imported_at, updated_at, source_file, source_line)
        SELECT crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, $now, $now, $file, line
        FROM temp.import_rows WHERE true
        ON CONFLICT (crime_ref) DO UPDATE SET recorded_at = excluded.recorded_at, recorded_date = excluded.recorded_date,
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

    // A usable phone replaces the stored one; an empty or unusable one leaves it as it was.
    // Per victim, the usable phone of the file's last row that has one replaces the stored phone; a victim
    // without any usable phone in the file is added with none, and an existing one keeps theirs.
    private const string MergeContacts = """
        INSERT INTO victim_contacts (victim_id, phone_e164, updated_at)
        SELECT victim_id, phone_e164, $now FROM (
            SELECT victim_id, phone_e164, MAX(line) FROM temp.import_rows WHERE phone_e164 IS NOT NULL GROUP BY victim_id
            UNION ALL
            SELECT victim_id, NULL, 0 FROM temp.import_rows GROUP BY victim_id HAVING COUNT(phone_e164) = 0
        ) WHERE true
        ON CONFLICT (victim_id) DO UPDATE SET phone_e164 = excluded.phone_e164, updated_at = excluded.updated_at
        WHERE excluded.phone_e164 IS NOT NULL AND phone_e164 IS NOT excluded.phone_e164;
        """;

    private static async Task ReportDuplicatesAsync(DbConnection connection, DbTransaction tx, ImportErrorList errors, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, tx, "CREATE INDEX temp.ix_import_rows_crime_ref ON import_rows (crime_ref, line)", cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = Duplicates;
        var found = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found = true;
                errors.Add(reader.GetInt64(0), CrimeCsvColumns.CrimeRef, string.Create(CultureInfo.InvariantCulture,
                    $"'{reader.GetString(1)}' appears earlier in the file (line {reader.GetInt64(2)}); crime references must be unique"));
            }
        }

        if (found)
        {
            errors.SortByLine();
        }
    }

    private static async Task<(long Inserted, long Updated)> CountChangesAsync(DbConnection connection, DbTransaction tx, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"""
            SELECT COALESCE(SUM(r.id IS NULL), 0), COALESCE(SUM(r.id IS NOT NULL AND ({Differs})), 0)
            FROM temp.import_rows s LEFT JOIN recorded_crimes r ON r.crime_ref = s.crime_ref
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Appends rows to the staging table through one prepared SQLite statement, binding by position
    /// (the raw SQLite API: ADO.NET's by-name binding costs more than the insert itself).
    /// </summary>
    private sealed class Staging : IDisposable
    {
        private readonly sqlite3 _handle;
        private readonly sqlite3_stmt _insert;

        public Staging(DbConnection connection)
        {
            _handle = ((SqliteConnection)connection).Handle
                ?? throw new InvalidOperationException("The store connection is not open.");
            Check(raw.sqlite3_prepare_v2(_handle, "INSERT INTO temp.import_rows VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)", out _insert));
        }

        public void Add(CrimeCsvRow row, int divisionId)
        {
            raw.sqlite3_bind_int64(_insert, 1, row.Line);
            raw.sqlite3_bind_text(_insert, 2, row.CrimeRef);
            raw.sqlite3_bind_int64(_insert, 3, row.RecordedAt.UtcTicks);
            raw.sqlite3_bind_text(_insert, 4, row.RecordedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            raw.sqlite3_bind_text(_insert, 5, row.OffenceCode);
            raw.sqlite3_bind_text(_insert, 6, EnumCodes.ToCode(row.IncidentType));
            raw.sqlite3_bind_int64(_insert, 7, divisionId);
            raw.sqlite3_bind_text(_insert, 8, row.VictimId);
            raw.sqlite3_bind_text(_insert, 9, EnumCodes.ToCode(row.VictimType));
            BindOrNull(10, row.VictimAge);
            BindOrNull(11, row.VictimDateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            BindOrNull(12, row.LocationId);
            raw.sqlite3_bind_text(_insert, 13, row.Flags == CrimeFlags.None ? string.Empty : CrimeFlagsText.Format(row.Flags));
            BindOrNull(14, row.Phone.E164);
            var rc = raw.sqlite3_step(_insert);
            raw.sqlite3_reset(_insert);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }

        public void Dispose() => raw.sqlite3_finalize(_insert);

        private void BindOrNull(int index, string? value)
        {
            if (value is null)
            {
                raw.sqlite3_bind_null(_insert, index);
            }
            else
            {
                raw.sqlite3_bind_text(_insert, index, value);
            }
        }

        private void BindOrNull(int index, int? value)
        {
            if (value is { } v)
            {
                raw.sqlite3_bind_int64(_insert, index, v);
            }
            else
            {
                raw.sqlite3_bind_null(_insert, index);
            }
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
            {
                throw new InvalidOperationException($"SQLite error {rc} while staging the import: {raw.sqlite3_errmsg(_handle).utf8_to_string()}");
            }
        }
    }
}
