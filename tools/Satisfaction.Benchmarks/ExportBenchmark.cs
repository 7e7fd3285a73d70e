using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Exports;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Scores;
using Satisfaction.Data;

namespace Satisfaction.Benchmarks;

/// <summary>
/// <c>export</c>: a temporary store with N completed USS interviews of N sampled cases (8 coded answers each,
/// inserted untimed with foreign keys off), then <c>export --what responses</c> to CSV and to Parquet, one run
/// each. Prints seconds and the peak managed heap in MB (sampled every millisecond), which should not grow with N,
/// and on stderr the CPU seconds and the peak working set of the process during the export. With
/// <c>SATISFACTION_BENCH_EXPORT_STORE=FILE</c> the seeded store is kept in FILE and reused by later runs with the same N
/// (seeding a million interviews takes about a minute).
/// </summary>
public sealed class ExportBenchmark : IBenchmarkCase
{
    private static readonly string[] Questions = ["ease_of_contact", "police_actions", "follow_up", "treatment", "whole_experience", "crime_type_check", "kept_informed", "any_other_comments"];

    /// <inheritdoc />
    public string Name => "export";

    /// <inheritdoc />
    public int DefaultRows => 1_000_000;

    /// <inheritdoc />
    public IEnumerable<Measurement> Run(int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var kept = Environment.GetEnvironmentVariable("SATISFACTION_BENCH_EXPORT_STORE");
            var dbPath = string.IsNullOrEmpty(kept) ? Path.Combine(folder, "store.db") : Path.GetFullPath(kept);
            if (SeededRows(dbPath) == rows)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (reusing the seeded store {dbPath}: {rows} interviews)"));
            }
            else
            {
                if (File.Exists(dbPath))
                {
                    SqliteConnection.ClearAllPools();
                    File.Delete(dbPath);
                }

                var seed = Stopwatch.StartNew();
                Seed(dbPath, rows);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (seeded {rows} interviews in {seed.Elapsed.TotalSeconds:0.0} s)"));
            }

            foreach (var format in new[] { "csv", "parquet" })
            {
                using var db = SatisfactionDb.Open(dbPath);
                var service = new ExportService(db, new QuestionnaireLibrary(),
                    Options.Create(new ExportOptions { PseudonymKey = "benchmark-key-not-secret-0123456789abcdef" }),
                    Options.Create(new ScoreOptions { QuestionnairesPath = QuestionnairesFolder() }));
                GC.Collect();
                var baseline = GC.GetTotalMemory(true);
                long peak = baseline;
                long peakWorkingSet = Environment.WorkingSet;
                var running = true;
                var sampler = new Thread(() =>
                {
                    using var self = Process.GetCurrentProcess();
                    for (var tick = 0; Volatile.Read(ref running); tick++)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(false));
                        if (tick % 10 == 0)
                        {
                            self.Refresh();
                            peakWorkingSet = Math.Max(peakWorkingSet, self.WorkingSet64);
                        }

                        Thread.Sleep(1);
                    }
                }) { IsBackground = true };
                sampler.Start();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                var result = service.ExportAsync(new ExportRequest("responses", format, Path.Combine(folder, "responses." + format), new DateOnly(2026, 11, 30)), CancellationToken.None).GetAwaiter().GetResult();
                sw.Stop();
                Volatile.Write(ref running, false);
                sampler.Join();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  ({format}: cpu seconds {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00}; peak working set {peakWorkingSet / (1024.0 * 1024.0):0} MB; file {new FileInfo(Path.Combine(folder, "responses." + format)).Length / (1024.0 * 1024.0):0} MB; load average {LoadAverage()}; wall-clock depends on the machine's load)"));
                yield return new Measurement("export_responses_" + format, (int)result.Rows, sw.Elapsed.TotalSeconds, peak / (1024.0 * 1024.0), 1, "peak_managed_mb");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("SATISFACTION_BENCH_KEEP") == "1")
            {
                Console.Error.WriteLine("  (kept " + folder + ")");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>Interviews in a kept store, or -1 when there is none (or it cannot be read).</summary>
    private static long SeededRows(string dbPath)
    {
        if (!File.Exists(dbPath))
        {
            return -1;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT COUNT(*) FROM interviews) + CASE WHEN (SELECT COUNT(*) FROM answers) = 8 * (SELECT COUNT(*) FROM interviews) THEN 0 ELSE -1000000000 END";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    private static string QuestionnairesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "questionnaires");
            if (File.Exists(Path.Combine(candidate, "uss-burglary.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("the questionnaires folder was not found above the program");
    }

    private static void Seed(string dbPath, int rows)
    {
        using (SatisfactionDb.Open(dbPath))
        {
            // Migrated.
        }

        using var connection = new SqliteConnection($"Data Source={dbPath}");
        connection.Open();
        Exec(connection, "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");
        using var tx = connection.BeginTransaction();
        Exec(connection, "INSERT INTO forces (id, code, name, time_zone_id, created_at) VALUES (1, 'DEMO', 'Demo', 'Europe/London', 0)", tx);
        Exec(connection, "INSERT INTO divisions (id, force_id, code, name) VALUES (1, 1, 'EAST', 'East'), (2, 1, 'SOUTH', 'South'), (3, 1, 'WEST', 'West')", tx);
        Exec(connection, "INSERT INTO survey_programmes (id, force_id, code, name, kind, user_groups, questionnaire_id, is_active) VALUES (1, 1, 'uss', 'USS', 'user_satisfaction', 'burglary;vehicle', 'uss', 1)", tx);
        var start = new DateOnly(2024, 12, 2);
        for (var d = 0; d < 104; d++)
        {
            Exec(connection, string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO sample_draws (force_id, id, programme_codes, as_of, seed, window_start, window_end, allocation_method, selection_method, parameters_json, created_at, status) VALUES (1, {d + 1}, 'uss', '{start.AddDays(7 * d):yyyy-MM-dd}', 1, '2024-01-01', '2024-01-01', 'proportional', 'srs', '{{}}', 0, 'completed')"), tx);
        }

        using var caseInsert = Command(connection, tx, "INSERT INTO sampled_cases (force_id, id, sample_draw_id, crime_ref, victim_id, survey_programme_id, user_group, division_id, stratum, inclusion_probability, design_weight, asb_repeat_location, status) VALUES (1, $id, $draw, $ref, $victim, 1, $group, $division, $stratum, 0.25, 4.0, 0, 'completed')", "$id", "$draw", "$ref", "$victim", "$group", "$division", "$stratum");
        using var interviewInsert = Command(connection, tx, "INSERT INTO interviews (id, sampled_case_id, questionnaire_id, questionnaire_version, mode, started_at, completed_at, state_json) VALUES ($id, $id, 'uss-burglary', '2026.1', 'sms', $at, $at, '{}')", "$id", "$at");
        using var answerInsert = Command(connection, tx, "INSERT INTO answers (interview_id, question_id, code, answered_at) VALUES ($id, $q, $code, 0)", "$id", "$q", "$code");
        string[] divisions = ["EAST", "SOUTH", "WEST"];
        string[] groups = ["burglary", "vehicle"];
        var random = new Satisfaction.Core.Randomness.SeededRandom(1);
        for (var i = 1; i <= rows; i++)
        {
            var draw = 1 + (i % 104);
            var group = groups[i % 2];
            var division = 1 + (i % 3);
            Set(caseInsert, i, draw, "CR" + i.ToString(CultureInfo.InvariantCulture), "V" + i.ToString(CultureInfo.InvariantCulture), group, division, group + "/" + divisions[division - 1]);
            var at = new DateTimeOffset(start.AddDays((7 * (draw - 1)) + 50).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).UtcTicks;
            Set(interviewInsert, i, at);
            foreach (var q in Questions)
            {
                Set(answerInsert, i, q, (1 + random.NextInt32(8)).ToString(CultureInfo.InvariantCulture));
            }
        }

        tx.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter(p, null));
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
