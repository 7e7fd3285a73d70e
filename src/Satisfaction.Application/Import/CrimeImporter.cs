using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Phones;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Import;

/// <summary>
/// <c>satisfaction import crimes FILE.csv</c>: imports a recorded-crime extract in one transaction.
/// A file with any bad row writes nothing and reports every bad row; re-importing the same file changes
/// nothing (idempotent on crime_ref); a changed record is updated. Victims' phone numbers go to
/// victim_contacts only and are never logged.
/// </summary>
/// <remarks>
/// Streams: each valid row goes through one prepared INSERT into a temporary staging table (which also
/// catches duplicate crime_refs by its primary key), then two set-based upserts merge the staging
/// tables into recorded_crimes and victim_contacts. No entity is tracked, so memory does not grow with
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
            var divisions = await db.Divisions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var divisionIds = divisions.GroupBy(d => d.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
            var known = divisionIds.Count == 0 ? "none: create the force's divisions first (e.g. satisfaction demo)" : string.Join(", ", divisionIds.Keys.Order(StringComparer.Ordinal));

            long unusable = 0, empty = 0;
            using (var stage = new Staging(connection, tx))
            {
                foreach (var row in csv.ReadRows())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!divisionIds.TryGetValue(row.Division, out var divisionId))
                    {
                        csv.Errors.Add(row.Line, CrimeCsvColumns.Division, $"'{row.Division}' is not a division of the force; known: {known}");
                        continue;
                    }

                    var firstLine = stage.AddCrime(row, divisionId);
                    if (firstLine is { } first)
                    {
                        csv.Errors.Add(row.Line, CrimeCsvColumns.CrimeRef, string.Create(CultureInfo.InvariantCulture, $"'{row.CrimeRef}' appears earlier in the file (line {first}); crime references must be unique"));
                        continue;
                    }

                    unusable += row.Phone.Status == PhoneStatus.Unusable ? 1 : 0;
                    empty += row.Phone.Status == PhoneStatus.Empty ? 1 : 0;
                    stage.AddContact(row.VictimId, row.Phone.E164);
                }
            }

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
            await ExecuteAsync(connection, tx, "DROP TABLE temp.import_crimes; DROP TABLE temp.import_contacts;", cancellationToken).ConfigureAwait(false);
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

    private const string StagingDdl = """
        DROP TABLE IF EXISTS temp.import_crimes;
        DROP TABLE IF EXISTS temp.import_contacts;
        CREATE TEMP TABLE import_crimes (
            crime_ref TEXT PRIMARY KEY, line INTEGER NOT NULL, recorded_at INTEGER NOT NULL, recorded_date TEXT NOT NULL,
            offence_code TEXT NOT NULL, incident_type TEXT NOT NULL, division_id INTEGER NOT NULL, victim_id TEXT NOT NULL,
            victim_type TEXT NOT NULL, victim_age INTEGER, victim_date_of_birth TEXT, location_id TEXT, flags TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TEMP TABLE import_contacts (victim_id TEXT PRIMARY KEY, phone_e164 TEXT) WITHOUT ROWID;
        """;

    private const string MergeCrimes = """
        INSERT INTO recorded_crimes (crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, first_imported_at, updated_at, source_file, source_line)
        SELECT crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id,
            victim_type, victim_age, victim_date_of_birth, location_id, flags, $now, $now, $file, line
        FROM temp.import_crimes WHERE true
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
    private const string MergeContacts = """
        INSERT INTO victim_contacts (victim_id, phone_e164, updated_at)
        SELECT victim_id, phone_e164, $now FROM temp.import_contacts WHERE true
        ON CONFLICT (victim_id) DO UPDATE SET phone_e164 = excluded.phone_e164, updated_at = excluded.updated_at
        WHERE excluded.phone_e164 IS NOT NULL AND phone_e164 IS NOT excluded.phone_e164;
        """;

    private static async Task<(long Inserted, long Updated)> CountChangesAsync(DbConnection connection, DbTransaction tx, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"""
            SELECT COALESCE(SUM(r.id IS NULL), 0), COALESCE(SUM(r.id IS NOT NULL AND ({Differs})), 0)
            FROM temp.import_crimes s LEFT JOIN recorded_crimes r ON r.crime_ref = s.crime_ref
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetInt64(1));
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

    /// <summary>The prepared staging inserts, reused for every row.</summary>
    private sealed class Staging : IDisposable
    {
        private readonly DbCommand _crime;
        private readonly DbCommand _firstLine;
        private readonly DbCommand _contact;

        public Staging(DbConnection connection, DbTransaction tx)
        {
            _crime = Prepare(connection, tx, """
                INSERT INTO temp.import_crimes VALUES ($ref, $line, $at, $date, $offence, $type, $division, $victim, $vtype, $age, $dob, $location, $flags)
                ON CONFLICT (crime_ref) DO NOTHING
                """, "$ref", "$line", "$at", "$date", "$offence", "$type", "$division", "$victim", "$vtype", "$age", "$dob", "$location", "$flags");
            _firstLine = Prepare(connection, tx, "SELECT line FROM temp.import_crimes WHERE crime_ref = $ref", "$ref");
            _contact = Prepare(connection, tx, """
                INSERT INTO temp.import_contacts VALUES ($victim, $phone)
                ON CONFLICT (victim_id) DO UPDATE SET phone_e164 = COALESCE(excluded.phone_e164, phone_e164)
                """, "$victim", "$phone");
        }

        /// <summary>Stages a row; returns the line of an earlier row with the same crime_ref, or null.</summary>
        public long? AddCrime(CrimeCsvRow row, int divisionId)
        {
            var p = _crime.Parameters;
            p[0].Value = row.CrimeRef;
            p[1].Value = row.Line;
            p[2].Value = row.RecordedAt.UtcTicks;
            p[3].Value = row.RecordedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4].Value = row.OffenceCode;
            p[5].Value = EnumCodes.ToCode(row.IncidentType);
            p[6].Value = divisionId;
            p[7].Value = row.VictimId;
            p[8].Value = EnumCodes.ToCode(row.VictimType);
            p[9].Value = row.VictimAge is { } age ? age : DBNull.Value;
            p[10].Value = row.VictimDateOfBirth is { } dob ? dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            p[11].Value = (object?)row.LocationId ?? DBNull.Value;
            p[12].Value = CrimeFlagsText.Format(row.Flags);
            if (_crime.ExecuteNonQuery() == 1)
            {
                return null;
            }

            _firstLine.Parameters[0].Value = row.CrimeRef;
            return Convert.ToInt64(_firstLine.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public void AddContact(string victimId, string? phoneE164)
        {
            _contact.Parameters[0].Value = victimId;
            _contact.Parameters[1].Value = (object?)phoneE164 ?? DBNull.Value;
            _contact.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _crime.Dispose();
            _firstLine.Dispose();
            _contact.Dispose();
        }

        private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            command.Prepare();
            return command;
        }
    }
}
