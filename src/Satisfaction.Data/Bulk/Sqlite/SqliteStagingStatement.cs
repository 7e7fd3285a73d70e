using System.Globalization;
using Microsoft.Data.Sqlite;
using Satisfaction.Core.Crimes;
using SQLitePCL;

namespace Satisfaction.Data.Bulk.Sqlite;

/// <summary>
/// Appends rows to <c>temp.import_rows</c> through one prepared SQLite statement, binding by position (the raw
/// SQLite API: ADO.NET's by-name binding costs more than the insert itself). Runs in the connection's transaction.
/// </summary>
internal sealed class SqliteStagingStatement : IDisposable
{
    private readonly sqlite3 _handle;
    private readonly sqlite3_stmt _insert;

    public SqliteStagingStatement(SqliteConnection connection)
    {
        _handle = connection.Handle ?? throw new InvalidOperationException("The store connection is not open.");
        Check(raw.sqlite3_prepare_v2(_handle, "INSERT INTO temp.import_rows VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)", out _insert));
    }

    public void Add(in StagedCrime row)
    {
        raw.sqlite3_bind_int64(_insert, 1, row.Line);
        raw.sqlite3_bind_text(_insert, 2, row.CrimeRef);
        raw.sqlite3_bind_int64(_insert, 3, row.RecordedAt.UtcTicks);
        raw.sqlite3_bind_text(_insert, 4, row.RecordedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        raw.sqlite3_bind_text(_insert, 5, row.OffenceCode);
        raw.sqlite3_bind_text(_insert, 6, EnumCodes.ToCode(row.IncidentType));
        raw.sqlite3_bind_int64(_insert, 7, row.DivisionId);
        raw.sqlite3_bind_text(_insert, 8, row.VictimId);
        raw.sqlite3_bind_text(_insert, 9, EnumCodes.ToCode(row.VictimType));
        BindOrNull(10, row.VictimAge);
        BindOrNull(11, row.VictimDateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        BindOrNull(12, row.LocationId);
        raw.sqlite3_bind_text(_insert, 13, row.Flags == CrimeFlags.None ? string.Empty : CrimeFlagsText.Format(row.Flags));
        BindOrNull(14, row.PhoneE164);
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
