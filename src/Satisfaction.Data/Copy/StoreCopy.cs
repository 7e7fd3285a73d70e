using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Satisfaction.Core;

namespace Satisfaction.Data.Copy;

/// <summary>
/// Copies an existing SQLite store's data into a new PostgreSQL store (<c>satisfaction db copy</c>): both are
/// migrated first (to the same model), the target must be empty, then every table of the model is copied in
/// foreign-key order (parents first) with binary <c>COPY</c>, keeping ids, in one PostgreSQL transaction; the
/// identity sequences are set past the highest id, and each table's rows are counted on both sides before the
/// commit. A mismatch or any error rolls everything back: the target stays empty. Values pass through each
/// provider's own converters (SQLite's JSON lists become PostgreSQL arrays; instants stay UTC ticks). The Quartz
/// scheduler's tables are not copied: the service re-creates its jobs when it starts.
/// </summary>
public static partial class StoreCopy
{
    private static readonly MethodInfo ReadMethod = typeof(StoreCopy).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WriteMethod = typeof(StoreCopy).GetMethod(nameof(Write), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Copies <paramref name="source"/> (SQLite) into <paramref name="target"/> (PostgreSQL).</summary>
    /// <param name="source">The SQLite store; its file must exist (it is upgraded first if its schema is older).</param>
    /// <param name="target">The PostgreSQL store: an empty database (migrated here) or one migrated and still empty.</param>
    /// <param name="progress">Called after each table is copied (inside the transaction, before the commit).</param>
    /// <param name="cancellationToken">Cancels (nothing is committed).</param>
    /// <returns>Every table in the order copied, with both counts (all equal: otherwise it throws).</returns>
    /// <exception cref="InvalidInputException">Wrong providers, a missing source file, a target that is not empty, or counts that differ.</exception>
    public static async Task<IReadOnlyList<TableCopyCount>> CopyAsync(StoreOptions source, StoreOptions target, Action<TableCopyCount>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.Provider != StoreProvider.Sqlite)
        {
            throw new InvalidInputException("db copy reads a SQLite store: the source must be a SQLite file.");
        }

        if (target.Provider != StoreProvider.PostgreSql)
        {
            throw new InvalidInputException("db copy writes a PostgreSQL store: the target must be a PostgreSQL connection string.");
        }

        if (!File.Exists(source.Path))
        {
            throw new InvalidInputException($"the SQLite store '{Path.GetFullPath(source.Path)}' does not exist.");
        }

        using var sourceDb = SatisfactionDb.Open(source);
        using var targetDb = SatisfactionDb.Open(target);
        var sourceModel = sourceDb.Model.GetRelationalModel();
        var tables = InDependencyOrder(targetDb.Model.GetRelationalModel());
        var sqlite = (SqliteConnection)sourceDb.Database.GetDbConnection();
        await sourceDb.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var npgsql = (NpgsqlConnection)targetDb.Database.GetDbConnection();
        await targetDb.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        foreach (var table in tables)
        {
            if (await CountAsync(npgsql, null, table.Name, cancellationToken).ConfigureAwait(false) > 0)
            {
                throw new InvalidInputException(
                    $"the target store {StoreDescriptions.Of(target)} is not empty (table {table.Name} has rows): db copy only fills a new, empty store. Nothing was copied.");
            }
        }

        // A consistent snapshot of the source for the whole copy (a running service may be writing to it).
        var read = (SqliteTransaction)await sqlite.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (read.ConfigureAwait(false))
        {
            var write = await npgsql.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (write.ConfigureAwait(false))
            {
                var counts = new List<TableCopyCount>(tables.Count);
                foreach (var table in tables)
                {
                    var sourceTable = sourceModel.FindTable(table.Name, table.Schema)
                        ?? throw new InvalidOperationException($"table {table.Name} is in the PostgreSQL model but not in SQLite's.");
                    await CopyTableAsync(sqlite, read, npgsql, sourceTable, table, cancellationToken).ConfigureAwait(false);
                    await ResetIdentityAsync(npgsql, write, table, cancellationToken).ConfigureAwait(false);
                    var count = new TableCopyCount(
                        table.Name,
                        await CountAsync(sqlite, read, table.Name, cancellationToken).ConfigureAwait(false),
                        await CountAsync(npgsql, write, table.Name, cancellationToken).ConfigureAwait(false));
                    counts.Add(count);
                    progress?.Invoke(count);
                }

                if (counts.FirstOrDefault(c => !c.Matches) is { } wrong)
                {
                    throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                        $"table {wrong.Table}: {wrong.SourceRows} rows in the SQLite store but {wrong.TargetRows} after the copy; nothing was committed."));
                }

                await write.CommitAsync(cancellationToken).ConfigureAwait(false);
                return counts;
            }
        }
    }

    /// <summary>The model's tables, every table after the tables its foreign keys point to (ties by name).</summary>
    /// <exception cref="InvalidOperationException">Foreign keys form a cycle between tables.</exception>
    public static IReadOnlyList<ITable> InDependencyOrder(IRelationalModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var left = model.Tables.Where(t => t.EntityTypeMappings.Any()).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<ITable>(left.Count);
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable.Name == t.Name || done.Contains(fk.PrincipalTable.Name)))
                ?? throw new InvalidOperationException("the store's foreign keys form a cycle between " + string.Join(", ", left.Select(t => t.Name)));
            order.Add(next);
            done.Add(next.Name);
            left.Remove(next);
        }

        return order;
    }

    private static async Task CopyTableAsync(SqliteConnection sqlite, SqliteTransaction read, NpgsqlConnection npgsql, ITable sourceTable, ITable table, CancellationToken cancellationToken)
    {
        var columns = table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var plans = columns.Select(c => Plan(sourceTable.FindColumn(c.Name)
            ?? throw new InvalidOperationException($"column {table.Name}.{c.Name} is in the PostgreSQL model but not in SQLite's."), c)).ToList();
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var key = string.Join(", ", (table.PrimaryKey?.Columns ?? columns.Take(1)).Select(c => Quote(c.Name)));

        var select = sqlite.CreateCommand();
        await using (select.ConfigureAwait(false))
        {
#pragma warning disable CA2100 // Names come from the model, quoted; no value is spliced in.
            select.CommandText = $"SELECT {names} FROM {Quote(table.Name)} ORDER BY {key}";
#pragma warning restore CA2100
            select.Transaction = read;
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var importer = await npgsql.BeginBinaryImportAsync($"COPY {Quote(table.Name)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
                await using (importer.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                        for (var i = 0; i < plans.Count; i++)
                        {
                            if (await reader.IsDBNullAsync(i, cancellationToken).ConfigureAwait(false))
                            {
                                await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                                continue;
                            }

                            var plan = plans[i];
                            var value = plan.Read(reader, i);
                            if (plan.FromSource is { } from)
                            {
                                value = from(value);
                            }

                            if (plan.ToTarget is { } to)
                            {
                                value = to(value);
                            }

                            await plan.Write(importer, value!, plan.TypeName, cancellationToken).ConfigureAwait(false);
                        }
                    }

                    await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static ColumnPlan Plan(IColumn source, IColumn target)
    {
        var sourceMapping = source.PropertyMappings[0].TypeMapping;
        var targetMapping = target.PropertyMappings[0].TypeMapping;
        var sourceType = ProviderType(sourceMapping);
        var targetType = ProviderType(targetMapping);
        return new ColumnPlan(
            ReadMethod.MakeGenericMethod(sourceType).CreateDelegate<Func<DbDataReader, int, object?>>(),
            sourceMapping.Converter is { } s ? s.ConvertFromProvider : null,
            targetMapping.Converter is { } t ? t.ConvertToProvider : null,
            WriteMethod.MakeGenericMethod(targetType).CreateDelegate<Func<NpgsqlBinaryImporter, object, string, CancellationToken, Task>>(),
            Facets().Replace(target.StoreType, string.Empty));
    }

    private static Type ProviderType(RelationalTypeMapping mapping)
    {
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static object? Read<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal);

    private static Task Write<T>(NpgsqlBinaryImporter importer, object value, string typeName, CancellationToken cancellationToken) =>
        importer.WriteAsync((T)value, typeName, cancellationToken);

    // Every integer key column backed by a sequence (identity) is set so the next generated id follows the highest copied one.
    private static async Task ResetIdentityAsync(NpgsqlConnection npgsql, NpgsqlTransaction write, ITable table, CancellationToken cancellationToken)
    {
        foreach (var column in (table.PrimaryKey?.Columns ?? []).Where(c => c.StoreType is "bigint" or "integer" or "smallint"))
        {
#pragma warning disable CA2100 // Names come from the model, quoted; values are parameters.
            var command = new NpgsqlCommand(
                $"SELECT setval(seq, COALESCE((SELECT MAX({Quote(column.Name)}) FROM {Quote(table.Name)}), 0) + 1, false) " +
                "FROM (SELECT pg_get_serial_sequence(@table, @column) AS seq) s WHERE seq IS NOT NULL",
                npgsql,
                write);
#pragma warning restore CA2100
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.AddWithValue("table", Quote(table.Name));
                command.Parameters.AddWithValue("column", column.Name);
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
#pragma warning disable CA2100 // The name comes from the model, quoted.
            command.CommandText = $"SELECT COUNT(*) FROM {Quote(table)}";
#pragma warning restore CA2100
            command.Transaction = transaction;
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();

    private sealed record ColumnPlan(
        Func<DbDataReader, int, object?> Read,
        Func<object?, object?>? FromSource,
        Func<object?, object?>? ToTarget,
        Func<NpgsqlBinaryImporter, object, string, CancellationToken, Task> Write,
        string TypeName);
}
