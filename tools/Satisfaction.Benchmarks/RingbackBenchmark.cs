using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Rdd;
using Satisfaction.Application.Ringback;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Questionnaires;
using Satisfaction.Data;
using Satisfaction.Data.Queue.Sqlite;

namespace Satisfaction.Benchmarks;

/// <summary>
/// <c>ringback</c>: a store with N call cases (60% sampled victims with crime and contact rows, 40% released RDD
/// numbers; untimed set-up through the real queue builder), made realistic before timing: half are retries (due
/// an hour ago, now or in an hour), one in ten is locked by another handler. Then times, per operation, the
/// desk the console uses: claiming the next case (<c>NextAsync</c>: hours check, queue top-up check, atomic
/// claim) and moving to the next question (<c>AnswerAsync</c>: lock renewal, answer and state saved in one
/// transaction, routing), each after 20 untimed warm-up calls (first-call compilation is not a shift's steady
/// state). Prints median and 99th percentile seconds of each (run from the repository root so the questionnaires
/// are found).
/// </summary>
public sealed class RingbackBenchmark : IBenchmarkCase
{
    private const int Claims = 400;
    private const int Answers = 400;
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public string Name => "ringback";

    /// <inheritdoc />
    public int DefaultRows => 100_000;

    /// <inheritdoc />
    public IEnumerable<Measurement> Run(int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var dbPath = Path.Combine(folder, "store.db");
            Seed(dbPath, rows);
            var clock = new FixedClock(Now);
            var options = Options.Create(new RingbackOptions { QuestionnairesPath = Path.GetFullPath("questionnaires") });
            var policy = new RingbackPolicy(options, Options.Create(new RddOptions()), new ContactWindows(new ContactHoursOptions(), new BankHolidayCalendar(BankHolidayFile.Shipped())));
            var sampling = Options.Create(new SamplingOptions { ProgrammesPath = Path.GetFullPath("questionnaires/programmes") });
            var scripts = new RingbackScripts(new QuestionnaireLibrary(), options);
            using var db = SatisfactionDb.CreateContext(new StoreOptions { Path = dbPath });
            var desk = new RingbackDesk(db, new SqliteCallQueueLocks(), policy, scripts, new RingbackQueueBuilder(db, policy, sampling), clock);

            // Queue every case (untimed), then shape the queue as a working day leaves it.
            var first = desk.NextAsync("setup").GetAwaiter().GetResult().Claim!;
            desk.ReleaseAsync(first.CaseId, "setup").GetAwaiter().GetResult();
            Shape(dbPath, rows);

            var claimTimes = new List<double>();
            for (var i = 0; i < Claims + 20; i++)
            {
                var watch = Stopwatch.StartNew();
                var claim = desk.NextAsync("bench").GetAwaiter().GetResult().Claim ?? throw new InvalidOperationException("no case due");
                watch.Stop();
                if (i >= 20)
                {
                    claimTimes.Add(watch.Elapsed.TotalSeconds);
                }

                desk.RecordAsync(new RecordRequest(claim.CaseId, "bench", CallOutcome.NoAnswer, LockVersion: claim.LockVersion)).GetAwaiter().GetResult();
            }

            var answerTimes = new List<double>();
            var warmUp = 20;
            while (answerTimes.Count < Answers)
            {
                var claim = desk.NextAsync("bench").GetAwaiter().GetResult().Claim ?? throw new InvalidOperationException("no case due");
                var step = desk.StartInterviewAsync(claim, "bench").GetAwaiter().GetResult();
                while (step.Question is { } question && answerTimes.Count < Answers)
                {
                    var answer = step.Scale!.Type switch
                    {
                        ScaleType.Text => Answer.OfText(question.Id, "AB1"),
                        ScaleType.Number => Answer.OfCode(question.Id, 2),
                        _ => Answer.OfCode(question.Id, 1),
                    };
                    var watch = Stopwatch.StartNew();
                    step = desk.AnswerAsync(claim, "bench", answer).GetAwaiter().GetResult();
                    watch.Stop();
                    if (warmUp-- <= 0)
                    {
                        answerTimes.Add(watch.Elapsed.TotalSeconds);
                    }
                }

                desk.RecordAsync(new RecordRequest(claim.CaseId, "bench", step.Status == InterviewStatus.Completed ? CallOutcome.Complete : CallOutcome.Partial, LockVersion: claim.LockVersion))
                    .GetAwaiter().GetResult();
            }

            var peak = Environment.WorkingSet / (1024.0 * 1024.0);
            yield return new Measurement("ringback_claim_next_median", rows, Percentile(claimTimes, 0.5), peak, claimTimes.Count, "working_set_mb");
            yield return new Measurement("ringback_claim_next_p99", rows, Percentile(claimTimes, 0.99), peak, claimTimes.Count, "working_set_mb");
            yield return new Measurement("ringback_next_question_median", rows, Percentile(answerTimes, 0.5), peak, answerTimes.Count, "working_set_mb");
            yield return new Measurement("ringback_next_question_p99", rows, Percentile(answerTimes, 0.99), peak, answerTimes.Count, "working_set_mb");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static void Seed(string dbPath, int rows)
    {
        using (SatisfactionDb.Open(dbPath))
        {
            // Creates the schema.
        }

        using var connection = new SqliteConnection("Data Source=" + dbPath);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var at = Now.AddDays(-60).UtcTicks;
        Exec(connection, transaction, $"INSERT INTO forces (code, name, time_zone_id, created_at) VALUES ('DEMO', 'Demo Police', 'Europe/London', {at})");
        Exec(connection, transaction, "INSERT INTO divisions (force_id, code, name) VALUES (1, 'EAST', 'East')");
        Exec(connection, transaction, "INSERT INTO survey_programmes (force_id, code, name, kind, user_groups, questionnaire_id, is_active) VALUES (1, 'uss', 'USS', 'user_satisfaction', 'burglary', 'uss-burglary', 1)");
        Exec(connection, transaction, $"INSERT INTO sample_draws (force_id, programme_codes, as_of, seed, window_start, window_end, allocation_method, selection_method, parameters_json, created_at, status) VALUES (1, 'uss', '2026-10-01', 1, '2026-08-01', '2026-09-01', 'census', 'srs', '{{}}', {at}, 'completed')");
        Exec(connection, transaction, "INSERT INTO number_banks (force_id, area_code, prefix, listed_count, active) VALUES (1, '01632', '9600', 5, 1)");
        Exec(connection, transaction, $"INSERT INTO rdd_replicates (force_id, month, number, released_at, seed, size) VALUES (1, '2026-11-01', 1, {at}, 42, {rows})");
        var victims = rows * 6 / 10;
        using (var crime = Command(connection, transaction, $"INSERT INTO recorded_crimes (force_id, crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id, victim_type, flags, first_imported_at, updated_at, source_file, source_line) VALUES (1, $ref, {at}, '2026-09-03', '28A', 'crime', 1, $victim, 'person', '', {at}, {at}, 'bench.csv', $line)"))
        using (var contact = Command(connection, transaction, $"INSERT INTO victim_contacts (force_id, victim_id, phone_e164, name, updated_at) VALUES (1, $victim, $phone, 'Sam Tester', {at})"))
        using (var sampled = Command(connection, transaction, "INSERT INTO sampled_cases (force_id, sample_draw_id, crime_ref, victim_id, survey_programme_id, user_group, division_id, stratum, inclusion_probability, design_weight, asb_repeat_location, status) VALUES (1, 1, $ref, $victim, 1, 'burglary', 1, 'burglary/EAST', 1, 1, 0, 'pending')"))
        {
            for (var i = 0; i < victims; i++)
            {
                var reference = string.Create(CultureInfo.InvariantCulture, $"BM/{i:000000}");
                var victim = string.Create(CultureInfo.InvariantCulture, $"V{i}");
                Insert(crime, ("$ref", reference), ("$victim", victim), ("$line", i + 2));
                Insert(contact, ("$victim", victim), ("$phone", string.Create(CultureInfo.InvariantCulture, $"+441632960{i % 1000:000}")));
                Insert(sampled, ("$ref", reference), ("$victim", victim));
            }
        }

        using (var number = Command(connection, transaction, "INSERT INTO rdd_numbers (phone_e164, number_bank_id, rdd_replicate_id, status) VALUES ($phone, 1, 1, 'released')"))
        {
            for (var i = 0; i < rows - victims; i++)
            {
                Insert(number, ("$phone", string.Create(CultureInfo.InvariantCulture, $"+4411349{i:000000}")));
            }
        }

        transaction.Commit();
    }

    private static void Shape(string dbPath, int rows)
    {
        using var connection = new SqliteConnection("Data Source=" + dbPath);
        connection.Open();
        var hour = TimeSpan.FromHours(1).Ticks;
        var now = Now.UtcTicks;
        Exec(connection, null, $"UPDATE call_cases SET priority = 2, attempts = 1, disposition = '2.20', next_call_at = {now} + ((id % 3) - 1) * {hour} WHERE id % 2 = 0");
        Exec(connection, null, $"UPDATE call_cases SET locked_by = 'other', locked_at = {now}, lock_expires_at = {now} + {hour / 4}, lock_version = 1 WHERE id % 10 = 5");
        Exec(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (ringback: {rows} cases queued; half retries, one in ten held by another handler)"));
    }

    private static void Exec(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Insert(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
