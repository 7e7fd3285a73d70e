using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Import;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Bulk;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Benchmarks;

/// <summary>
/// <c>forces</c>: many forces in one PostgreSQL store, drawn by several nodes at once. Creates a fresh database
/// (dropped at the end unless <c>--keep</c>), migrates it with the product's migrations, sets up F of the 43 forces of
/// England and Wales (<c>force init</c>'s use case, each with its own three divisions) and loads N synthetic records
/// a force (the demo generator, a seed per force, one year to the as-of date) through <c>import crimes --force</c>'s use
/// case (binary COPY), and (untimed, unless <c>--first-draw</c>) the previous week's draw of each force, as after a year
/// of weekly draws. Then, for each node count asked for, K worker processes (this program again, in its hidden
/// <c>forces-node</c> mode) take forces from a queue in the database (<see cref="ForceWorklist"/>) until none is left
/// and run the weekly draw for each (the <c>weekly-sample</c> job's use case: eligibility of every record not yet
/// considered, then the draw, stored). Every force must be drawn exactly once and each draw touch only its own
/// force's rows; otherwise the program fails. Last, the same load and draw for one force on a SQLite file.
/// </summary>
/// <remarks>
/// Lines: <c>forces_pg_load</c>, <c>forces_pg_work</c> (one per node count), <c>forces_sqlite_load</c>,
/// <c>forces_sqlite_work</c>, each <c>CASE rows=N runs=1 seconds=S ...</c> with the nodes, forces, per-force
/// seconds (median and max, wall time of one force's draw on its node), forces per node and the 1-minute load
/// average when the phase ended. Progress goes to standard error.
/// </remarks>
public static class ForcesBenchmark
{
    /// <summary>The case name on the command line.</summary>
    public const string Name = "forces";

    /// <summary>The hidden mode a worker process runs in.</summary>
    public const string NodeMode = "forces-node";

    /// <summary>Environment variable with the PostgreSQL server's connection string (a user that may create databases).</summary>
    public const string ConnectionVariable = "SATISFACTION_BENCH_POSTGRES";

    /// <summary>Usage of the case.</summary>
    public const string Usage =
        "usage: Satisfaction.Benchmarks forces [--forces F (1-43, default 43)] [--rows N (a force, default 250000)] [--nodes K[,K...] (default 2,1)] [--postgres CONNECTION_STRING] [--first-draw] [--keep] [--no-sqlite]";

    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the benchmark with the arguments after <c>forces</c>; 0 when every check held, 1 otherwise.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var forces = 43;
        var rows = 250_000;
        var nodes = new List<int> { 2, 1 };
        string? server = null;
        var keep = false;
        var sqlite = true;
        var history = true;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--forces" when int.TryParse(value, NumberStyles.None, Inv, out var f) && f is >= 1 and <= 43:
                    forces = f;
                    i++;
                    break;
                case "--rows" when int.TryParse(value, NumberStyles.None, Inv, out var n) && n > 0:
                    rows = n;
                    i++;
                    break;
                case "--nodes" when value is not null && value.Split(',').All(k => int.TryParse(k, NumberStyles.None, Inv, out var c) && c is >= 1 and <= 16):
                    nodes = [.. value.Split(',').Select(k => int.Parse(k, Inv))];
                    i++;
                    break;
                case "--postgres" when !string.IsNullOrWhiteSpace(value):
                    server = value;
                    i++;
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--first-draw":
                    history = false;
                    break;
                case "--no-sqlite":
                    sqlite = false;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"forces: '{args[i]}' is not an option or lacks a valid value.\n{Usage}").ConfigureAwait(false);
                    return 1;
            }
        }

        server ??= Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        if (server is null)
        {
            await Console.Error.WriteLineAsync(
                $"forces: no PostgreSQL server: give --postgres CONNECTION_STRING or set {ConnectionVariable} (e.g. Host=127.0.0.1;Port=5432;Username=bench;Database=postgres; the user must be allowed to create databases).\n{Usage}").ConfigureAwait(false);
            return 1;
        }

        var chosen = EnglandWalesForces.All.Take(forces).ToList();
        var programmesFolder = StoreDrawBenchmark.ProgrammesFolder();
        var programmes = ProgrammeCatalog.Load(programmesFolder);
        var folder = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = "satisfaction_bench_forces_" + TimeProvider.System.GetUtcNow().ToString("yyyyMMddHHmmss", Inv);
        var bench = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"").ConfigureAwait(false);
            Progress($"database {database} created ({Load()})");
            var ok = true;
            try
            {
                var pgStore = new SatisfactionStore(Options.Create(new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = bench }));
                await pgStore.MigrateAsync().ConfigureAwait(false);
                var loaded = await LoadAsync(pgStore, chosen, rows, programmes, folder, "forces_pg_load", history).ConfigureAwait(false);
                List<ForceWorklistEntry>? lastRound = null;
                foreach (var k in nodes)
                {
                    var (passed, entries) = await WorkAsync(bench, chosen, k, loaded, programmes, programmesFolder).ConfigureAwait(false);
                    ok &= passed;
                    lastRound = entries;
                }

                if (sqlite)
                {
                    ok &= await SqliteAsync(chosen[0], rows, programmes, folder, lastRound?.FirstOrDefault(), history).ConfigureAwait(false);
                }
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                if (keep)
                {
                    Progress($"database {database} kept");
                }
                else
                {
                    await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)").ConfigureAwait(false);
                    Progress($"database {database} dropped");
                }
            }

            return ok ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A worker process: <c>forces-node --node K --as-of yyyy-MM-dd --programmes FOLDER</c>, the store's connection
    /// string in <see cref="ConnectionVariable"/>. Draws for forces from the queue until none is left; 1 on any error.
    /// </summary>
    public static async Task<int> RunNodeAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (args.Count != 6 || args[0] != "--node" || args[2] != "--as-of" || args[4] != "--programmes" || string.IsNullOrEmpty(connection)
            || !int.TryParse(args[1], NumberStyles.None, Inv, out var node) || !DateOnly.TryParseExact(args[3], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var asOf))
        {
            await Console.Error.WriteLineAsync($"{NodeMode} is started by 'forces' (--node K --as-of yyyy-MM-dd --programmes FOLDER, {ConnectionVariable} set).").ConfigureAwait(false);
            return 1;
        }

        try
        {
            var programmes = ProgrammeCatalog.Load(args[5]);
            var store = new SatisfactionStore(Options.Create(new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = connection }));
            var queue = new ForceWorklist(connection);
            var done = 0;
            while (await queue.ClaimAsync(node, CancellationToken.None).ConfigureAwait(false) is { } code)
            {
                var clock = Stopwatch.StartNew();
                var results = await DrawAsync(store, code, asOf, programmes).ConfigureAwait(false);
                clock.Stop();
                var considered = results.Sum(r => r.Draw.Considerations.Count);
                var sampled = results.Sum(r => r.Draw.Sampled.Count);
                await queue.FinishAsync(node, code, clock.Elapsed.TotalSeconds, considered, sampled, results.Count, CancellationToken.None).ConfigureAwait(false);
                Progress($"  node {node}: {code} drawn in {clock.Elapsed.TotalSeconds:0.0} s (considered {considered}, sampled {sampled})");
                done++;
            }

            using var process = Process.GetCurrentProcess();
            Progress($"  node {node}: no force left after {done}; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MB");
            return 0;
        }
#pragma warning disable CA1031 // A worker reports any failure and exits 1; the parent fails the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"{NodeMode} {node}: {ex}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The weekly draw of one force as the <c>weekly-sample</c> job makes it (catching up missed weeks first).</summary>
    private static async Task<IReadOnlyList<SampleRunResult>> DrawAsync(SatisfactionStore store, string code, DateOnly asOf, IReadOnlyList<SamplingProgramme> programmes)
    {
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var scope = new ForceScope(db, code);
            var weeks = new WeeklySampleService(db, new SampleDrawService(db, TimeProvider.System, scope), scope);
            return await weeks.CatchUpAsync(asOf, programmes).ConfigureAwait(false);
        }
    }

    /// <summary>Sets up and imports every force in turn; prints the load line; returns the records loaded.</summary>
    private static async Task<long> LoadAsync(
        SatisfactionStore store, List<(string Code, string Name)> forces, int rows, IReadOnlyList<SamplingProgramme> programmes, string folder, string label, bool history)
    {
        double importSeconds = 0, generateSeconds = 0, historySeconds = 0;
        long total = 0;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < forces.Count; i++)
        {
            var (code, name) = forces[i];
            var db = store.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                var divisions = DemoForce.Divisions.Select(d => new DivisionDefinition(code + "-" + d.Code, d.Name)).ToList();
                await new ForceSetup(db, TimeProvider.System, Options.Create(new SamplingOptions()))
                    .EnsureAsync(new ForceDefinition(code, name, divisions), programmes).ConfigureAwait(false);
            }

            // The extract is written untimed: only the import is the load.
            var generate = Stopwatch.StartNew();
            var csv = Path.Combine(folder, $"crimes-{code}.csv");
            using (var writer = new StreamWriter(csv))
            {
                DemoCrimeCsv.Write(writer, Records(i, code, rows));
            }

            generateSeconds += generate.Elapsed.TotalSeconds;
            var import = Stopwatch.StartNew();
            db = store.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                using var reader = CrimeExtractText.Open(csv, Path.GetFileName(csv), CrimeExtractEncoding.Utf8);
                var result = await new CrimeImporter(db, CrimeBulkStores.For(store.Options.Provider), TimeProvider.System, force: new ForceScope(db, code))
                    .ImportAsync(reader, Path.GetFileName(csv)).ConfigureAwait(false);
                if (!result.Committed || result.Inserted != result.Rows)
                {
                    throw new InvalidOperationException($"force {code}: the generated extract did not import as new rows ({result.Errors.Count} errors, {result.Inserted} of {result.Rows} inserted).");
                }

                total += result.Rows;
            }

            import.Stop();
            importSeconds += import.Elapsed.TotalSeconds;
            File.Delete(csv);
            if (history)
            {
                historySeconds += await SeedHistoryAsync(store, code, programmes).ConfigureAwait(false);
            }

            Progress($"  loaded {code} ({i + 1}/{forces.Count}): {rows} rows in {import.Elapsed.TotalSeconds:0.0} s; {total} rows so far, {Load()}");
        }

        Progress($"  (load: {importSeconds:0.0} s importing, untimed: {generateSeconds:0.0} s writing the extracts, {historySeconds:0.0} s writing the earlier draws; {wall.Elapsed.TotalSeconds:0.0} s wall)");
        Line(label, total, importSeconds, $"rows_per_s={total / importSeconds:0} forces={forces.Count} nodes=1 load_avg={LoadAverage()}");
        return total;
    }

    /// <summary>One round of the work phase with <paramref name="nodes"/> worker processes; prints its line; false when a check failed.</summary>
    private static async Task<(bool Passed, List<ForceWorklistEntry> Entries)> WorkAsync(
        string bench, List<(string Code, string Name)> forces, int nodes, long rows, IReadOnlyList<SamplingProgramme> programmes, string programmesFolder)
    {
        // A round starts from the loaded store: the draws as of AsOf of an earlier round go, the earlier weeks stay.
        var asOf = AsOf.ToString("yyyy-MM-dd", Inv);
        await ExecuteAsync(bench, $"DELETE FROM sampled_cases WHERE sample_draw_id IN (SELECT id FROM sample_draws WHERE as_of = DATE '{asOf}')").ConfigureAwait(false);
        await ExecuteAsync(bench, $"DELETE FROM draw_considerations WHERE sample_draw_id IN (SELECT id FROM sample_draws WHERE as_of = DATE '{asOf}')").ConfigureAwait(false);
        await ExecuteAsync(bench, $"DELETE FROM sample_draws WHERE as_of = DATE '{asOf}'").ConfigureAwait(false);
        var queue = new ForceWorklist(bench);
        await queue.ResetAsync([.. forces.Select(f => f.Code)], CancellationToken.None).ConfigureAwait(false);
        Progress($"work: {forces.Count} forces on {nodes} node(s) ({Load()})");
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(1, nodes).Select(k => StartNode(k, bench, programmesFolder)).ToList();
        await Task.WhenAll(workers.Select(w => w.WaitForExitAsync())).ConfigureAwait(false);
        wall.Stop();
        var load = LoadAverage();
        var failed = workers.Count(w => w.ExitCode != 0);
        foreach (var w in workers)
        {
            w.Dispose();
        }

        var entries = (await queue.ReadAsync(CancellationToken.None).ConfigureAwait(false)).ToList();
        var problems = await CheckAsync(bench, entries, programmes).ConfigureAwait(false);
        if (failed > 0)
        {
            problems.Add($"{failed} node(s) failed");
        }

        var seconds = entries.Where(e => e.Seconds is not null).Select(e => e.Seconds!.Value).Order().ToList();
        var perNode = string.Join("+", Enumerable.Range(1, nodes).Select(k => entries.Count(e => e.Node == k).ToString(Inv)));
        var median = seconds.Count == 0 ? 0 : seconds.Count % 2 == 1 ? seconds[seconds.Count / 2] : (seconds[(seconds.Count / 2) - 1] + seconds[seconds.Count / 2]) / 2;
        Line("forces_pg_work", rows, wall.Elapsed.TotalSeconds, string.Create(Inv,
            $"nodes={nodes} forces={forces.Count} force_median_s={median:0.00} force_max_s={(seconds.Count == 0 ? 0 : seconds[^1]):0.00} forces_per_node={perNode} considered={entries.Sum(e => e.Considered ?? 0)} sampled={entries.Sum(e => e.Sampled ?? 0)} checks={(problems.Count == 0 ? "ok" : "FAILED")} load_avg={load}"));
        foreach (var p in problems)
        {
            Progress("  CHECK FAILED: " + p);
        }

        return (problems.Count == 0, entries);
    }

    private static Process StartNode(int node, string bench, string programmesFolder)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own program path is unknown.");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ForcesBenchmark).Assembly.Location);
        }

        foreach (var arg in new[] { NodeMode, "--node", node.ToString(Inv), "--as-of", AsOf.ToString("yyyy-MM-dd", Inv), "--programmes", programmesFolder })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[ConnectionVariable] = bench;
        return Process.Start(start) ?? throw new InvalidOperationException($"node {node} did not start.");
    }

    /// <summary>
    /// What must hold after a round: every force in the queue finished by one node and drawn exactly once; every
    /// record of every force up to the youngest window edge considered exactly once by its own force's draw; every
    /// consideration and sampled case of a draw in the draw's force, about a record, division and programme of that
    /// force; the counts each node recorded are those in the store.
    /// </summary>
    private static async Task<List<string>> CheckAsync(string bench, List<ForceWorklistEntry> entries, IReadOnlyList<SamplingProgramme> programmes)
    {
        var problems = new List<string>();
        var edge = AsOf.AddDays(-programmes.Min(p => p.Window.MinDays)).ToString("yyyy-MM-dd", Inv);
        var asOf = AsOf.ToString("yyyy-MM-dd", Inv);
        var zeroes = new (string What, string Sql)[]
        {
            ("forces not drawn exactly once", $"SELECT COUNT(*) FROM forces f WHERE (SELECT COUNT(*) FROM sample_draws d WHERE d.force_id = f.id AND d.as_of = DATE '{asOf}') <> 1"),
            ("considerations in another force than their draw", "SELECT COUNT(*) FROM draw_considerations c JOIN sample_draws d ON d.id = c.sample_draw_id WHERE c.force_id <> d.force_id"),
            ("sampled cases in another force than their draw", "SELECT COUNT(*) FROM sampled_cases s JOIN sample_draws d ON d.id = s.sample_draw_id WHERE s.force_id <> d.force_id"),
            ("considerations of no record of their force", "SELECT COUNT(*) FROM draw_considerations c WHERE NOT EXISTS (SELECT 1 FROM recorded_crimes r WHERE r.force_id = c.force_id AND r.crime_ref = c.crime_ref)"),
            ("records considered twice", "SELECT COUNT(*) - COUNT(DISTINCT (force_id, crime_ref)) FROM draw_considerations"),
            ("records up to the window edge never considered", $"SELECT COUNT(*) FROM recorded_crimes r WHERE r.recorded_date <= DATE '{edge}' AND NOT EXISTS (SELECT 1 FROM draw_considerations c WHERE c.force_id = r.force_id AND c.crime_ref = r.crime_ref)"),
            ("sampled cases in another force's division", "SELECT COUNT(*) FROM sampled_cases s JOIN divisions v ON v.id = s.division_id WHERE v.force_id <> s.force_id"),
            ("sampled cases in another force's programme", "SELECT COUNT(*) FROM sampled_cases s JOIN survey_programmes p ON p.id = s.survey_programme_id WHERE p.force_id <> s.force_id"),
            ("sampled cases of no record of their force", "SELECT COUNT(*) FROM sampled_cases s WHERE NOT EXISTS (SELECT 1 FROM recorded_crimes r WHERE r.force_id = s.force_id AND r.crime_ref = s.crime_ref AND r.victim_id = s.victim_id)"),
        };
        await using var connection = new NpgsqlConnection(bench);
        await connection.OpenAsync().ConfigureAwait(false);
        foreach (var (what, sql) in zeroes)
        {
#pragma warning disable CA2100 // Constant SQL; the only value spliced in is a formatted date.
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
#pragma warning restore CA2100
            var count = Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), Inv);
            if (count != 0)
            {
                problems.Add($"{count} {what}");
            }
        }

        var stored = new Dictionary<string, (long Considered, long Sampled)>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT f.code, (SELECT COUNT(*) FROM draw_considerations c JOIN sample_draws d ON d.id = c.sample_draw_id WHERE c.force_id = f.id AND d.as_of = @asOf), " +
            "(SELECT COUNT(*) FROM sampled_cases s JOIN sample_draws d ON d.id = s.sample_draw_id WHERE s.force_id = f.id AND d.as_of = @asOf) FROM forces f",
            connection) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("asOf", AsOf);
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                stored[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        foreach (var e in entries)
        {
            if (e.Node is null || e.Seconds is null)
            {
                problems.Add($"force {e.Code} was never {(e.Node is null ? "claimed" : "finished")}");
            }
            else if (e.Draws != 1 || !stored.TryGetValue(e.Code, out var s) || s.Considered != e.Considered || s.Sampled != e.Sampled)
            {
                problems.Add($"force {e.Code}: node {e.Node} recorded {e.Draws} draw(s), {e.Considered} considered and {e.Sampled} sampled; the store differs");
            }
        }

        if (stored.Count != entries.Count)
        {
            problems.Add($"the store has {stored.Count} forces, the queue {entries.Count}");
        }

        return problems;
    }

    /// <summary>The same load and draw for one force on a new SQLite file; false when its draw differs from PostgreSQL's.</summary>
    private static async Task<bool> SqliteAsync((string Code, string Name) force, int rows, IReadOnlyList<SamplingProgramme> programmes, string folder, ForceWorklistEntry? postgres, bool history)
    {
        var store = new SatisfactionStore(Options.Create(new StoreOptions { Provider = StoreProvider.Sqlite, Path = Path.Combine(folder, "one-force.db") }));
        await store.MigrateAsync().ConfigureAwait(false);
        var loaded = await LoadAsync(store, [force], rows, programmes, folder, "forces_sqlite_load", history).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var results = await DrawAsync(store, force.Code, AsOf, programmes).ConfigureAwait(false);
        clock.Stop();
        var considered = results.Sum(r => r.Draw.Considerations.Count);
        var sampled = results.Sum(r => r.Draw.Sampled.Count);
        var same = postgres is null || (postgres.Considered == considered && postgres.Sampled == sampled);
        Line("forces_sqlite_work", loaded, clock.Elapsed.TotalSeconds, string.Create(Inv,
            $"nodes=1 forces=1 force_median_s={clock.Elapsed.TotalSeconds:0.00} force_max_s={clock.Elapsed.TotalSeconds:0.00} forces_per_node=1 considered={considered} sampled={sampled} checks={(same ? "ok" : "FAILED")} load_avg={LoadAverage()}"));
        if (!same)
        {
            Progress($"  CHECK FAILED: {force.Code} on SQLite considered {considered} and sampled {sampled}; on PostgreSQL {postgres!.Considered} and {postgres.Sampled}");
        }

        return same;
    }

    /// <summary>
    /// The weeks before (untimed, so that the timed draw is a weekly one, not a first draw over the whole year): one
    /// earlier draw a week before the as-of date that considered every record up to its youngest window edge and
    /// sampled one in twenty of them (their victims are then not eligible again for a while), as after a year of
    /// weekly draws. Returns its seconds.
    /// </summary>
    private static async Task<double> SeedHistoryAsync(SatisfactionStore store, string code, IReadOnlyList<SamplingProgramme> programmes)
    {
        var clock = Stopwatch.StartNew();
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var force = await db.Forces.SingleAsync(f => f.Code == code).ConfigureAwait(false);
            var previous = AsOf.AddDays(-WeeklySampleService.Cadence);
            var draw = new SampleDraw
            {
                ForceId = force.Id, ProgrammeCodes = [.. programmes.Select(p => p.Id)], AsOf = previous, Seed = SampleDrawService.SeedFor(previous),
                WindowStart = previous.AddDays(-programmes.Max(p => p.Window.MaxDays)), WindowEnd = previous.AddDays(-programmes.Min(p => p.Window.MinDays)),
                AllocationMethod = "target_precision", SelectionMethod = "srs", ParametersJson = "{}", CreatedAt = DateTimeOffset.UnixEpoch, Status = SampleDrawStatus.Completed,
            };
            db.SampleDraws.Add(draw);
            await db.SaveChangesAsync().ConfigureAwait(false);
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO draw_considerations (force_id, sample_draw_id, crime_ref, outcome, asb_repeat_location) " +
                "SELECT force_id, {0}, crime_ref, CASE WHEN id % 20 = 0 THEN 'sampled' ELSE 'not_sampled' END, FALSE FROM recorded_crimes WHERE force_id = {1} AND recorded_date <= {2}",
                draw.Id, force.Id, draw.WindowEnd).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO sampled_cases (force_id, sample_draw_id, crime_ref, victim_id, survey_programme_id, user_group, division_id, stratum, inclusion_probability, design_weight, status, asb_repeat_location) " +
                "SELECT force_id, {0}, crime_ref, victim_id, (SELECT MIN(id) FROM survey_programmes WHERE force_id = {1}), 'burglary', division_id, 'burglary/earlier', 0.05, 20, 'closed', FALSE " +
                "FROM recorded_crimes WHERE force_id = {1} AND recorded_date <= {2} AND id % 20 = 0",
                draw.Id, force.Id, draw.WindowEnd).ConfigureAwait(false);

            // A year of weekly draws reaches these tables a week at a time and autovacuum keeps their statistics; written
            // in one statement, they would be planned on statistics without this force's rows (in a first run the draws
            // of the last forces loaded then ran past the 30 s command timeout on PostgreSQL).
            await db.Database.ExecuteSqlRawAsync("ANALYZE draw_considerations").ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("ANALYZE sampled_cases").ConfigureAwait(false);
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The force's extract: the demo generator with a seed of its own, its divisions named after the force.</summary>
    private static IEnumerable<DemoCrimeRecord> Records(int index, string code, int rows) =>
        DemoCrimeGenerator.Generate(new DemoDataOptions { Seed = 14_000 + index, AsOf = AsOf, Days = 365, RecordsPerYear = rows })
            .Take(rows)
            .Select(r => r with { Division = code + "-" + r.Division });

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
#pragma warning disable CA2100 // Constant SQL or a database name this class made (letters, digits, underscores).
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static void Line(string label, long rows, double seconds, string rest) =>
        Console.WriteLine(string.Create(Inv, $"{label} rows={rows} runs=1 seconds={seconds:0.0000} {rest}"));

    private static void Progress(string text) => Console.Error.WriteLine(text);

    /// <summary>The 1-minute load average (Linux), or "na".</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "na";

    private static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";
}
