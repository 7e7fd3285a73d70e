using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;
using Satisfaction.Data;
using Satisfaction.Tests.Stores;
using Xunit.Abstractions;

namespace Satisfaction.Web.Tests;

/// <summary>
/// Issue 14's cluster proof: two <c>serve</c> nodes on one PostgreSQL database, <c>retention</c> and
/// <c>nightly-scores</c> (both cheap on an empty store) firing every second for a minute, one node killed (no
/// shutdown) half way. From <c>job_runs</c>: every second of the minute ran to completion exactly once per job (none
/// missed, none twice), both nodes ran fires before the kill, and the survivor ran every fire after it.
/// On SQLite the same two nodes cannot share a store: the second is refused (one service per store).
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class ClusterFailoverTests(ITestOutputHelper output)
{
    private static readonly string[] Jobs = ["retention", "nightly-scores"];
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);

    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoNodes_OneKilledHalfWay_EveryFiringRunsExactlyOnce(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        await File.WriteAllTextAsync(Path.Combine(store.Folder, "appsettings.json"), Settings(store));
        if (provider == StoreProvider.Sqlite)
        {
            await SecondNodeIsRefusedAsync(store.Folder);
            return;
        }

        using var first = ServeProcess.Start(store.Folder);
        using var second = ServeProcess.Start(store.Folder);
        await Task.WhenAll(first.WaitForHealthAsync(TimeSpan.FromSeconds(120)), second.WaitForHealthAsync(TimeSpan.FromSeconds(120)));
        var connection = store.Options.ConnectionString!;
        ServeProcess[] processes = [first, second];
        var nodes = new List<string>();
        foreach (var process in processes)
        {
            var (_, health) = await process.HealthAsync();
            nodes.Add((string?)JsonNode.Parse(health)?["scheduler"]?["node"] ?? throw new InvalidOperationException($"no scheduler.node in /health: {health}"));
        }

        Assert.NotEqual(nodes[0], nodes[1]);
        await WaitForAsync(() => Strings(connection, "SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name"), n => n.Count == 2, TimeSpan.FromSeconds(60), first, second);

        // The minute starts with the next whole second once both nodes are in the cluster.
        var start = NextSecond(DateTimeOffset.UtcNow);
        var end = start + Minute;
        await Task.Delay((start + (Minute / 2)) - DateTimeOffset.UtcNow);

        // Kill the node that ran the latest fire: it is the one most likely to hold the triggers (acquired ahead).
        var latest = Strings(connection, "SELECT fire_id FROM job_runs ORDER BY started_at DESC LIMIT 1").Single();
        var victimIndex = latest.StartsWith(nodes[0], StringComparison.Ordinal) ? 0 : 1;
        processes[victimIndex].Kill();
        var killedAt = DateTimeOffset.UtcNow;
        var victim = nodes[victimIndex];
        var survivor = nodes[1 - victimIndex];

        // Then wait until every fire of the minute has ended (or the budget is spent: the assertions say what is missing).
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(50);
        while (DateTimeOffset.UtcNow < until)
        {
            if (processes[1 - victimIndex].HasExited)
            {
                throw new InvalidOperationException($"the surviving node exited:\n{processes[1 - victimIndex].Output}");
            }

            var done = Runs(connection).Count(r => r.Outcome == "succeeded" && r.ScheduledAt >= start && r.ScheduledAt <= end);
            if (done >= Jobs.Length * 61)
            {
                break;
            }

            await Task.Delay(500);
        }

        // Killed too (no shutdown to wait for): what it did is in the store.
        processes[1 - victimIndex].Kill();
        var runs = Runs(connection);
        var summary = Report(runs, start, killedAt, victim, survivor);
        output.WriteLine(summary);
        var report = summary + "\n--- survivor log ---\n" + processes[1 - victimIndex].Output;
        foreach (var job in Jobs)
        {
            var succeeded = runs.Where(r => r.Job == job && r.Outcome == "succeeded").ToList();
            var twice = succeeded.GroupBy(r => r.ScheduledAt).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{job}: ran twice at {string.Join(", ", twice.Select(Text))}\n{report}");
            var expected = Enumerable.Range(0, 61).Select(i => start.AddSeconds(i)).ToList();
            var missing = expected.Except(succeeded.Select(r => r.ScheduledAt)).ToList();
            Assert.True(missing.Count == 0, $"{job}: {missing.Count} of 61 fires never ran to completion: {string.Join(", ", missing.Select(Text))}\n{report}");
            Assert.True(succeeded.All(r => r.ScheduledAt.Ticks % TimeSpan.TicksPerSecond == 0), $"{job}: a run recorded a fire time off the cron's seconds\n{report}");
        }

        // The killed node worked before the kill and only the survivor after it (both checked in to the cluster
        // above; which node wins each fire before the kill is Quartz's choice: under load one node may win them all);
        // the killed node's run in flight (if any) is the only unfinished one.
        var before = runs.Where(r => r.ScheduledAt >= start && r.StartedAt < killedAt).ToList();
        Assert.True(before.Any(r => r.FireId.StartsWith(victim, StringComparison.Ordinal)), $"the killed node ran nothing before the kill\n{report}");
        Assert.True(runs.Any(r => r.StartedAt > killedAt && r.FireId.StartsWith(survivor, StringComparison.Ordinal)), $"the surviving node ran nothing after the kill\n{report}");
        Assert.True(runs.All(r => r.StartedAt < killedAt || r.FireId.StartsWith(survivor, StringComparison.Ordinal)), $"a run started on the killed node after it exited\n{report}");
        Assert.True(runs.Count(r => r.Outcome != "succeeded") <= Jobs.Length, $"more unfinished runs than the kill can explain\n{report}");
        Assert.Empty(Strings(connection, $"SELECT entry_id FROM qrtz_fired_triggers WHERE instance_name = '{victim}'"));
    }

    private static string Settings(TestDatabase store)
    {
        var crons = string.Join(",\n", new[] { "retention", "nightly-scores" }.Select(j => $"    \"{j}\": {{ \"Cron\": \"* * * * * ?\" }}")
            .Concat(new[] { "import-inbox", "weekly-sample", "rdd-release", "sms-dispatch", "nightly-report" }.Select(j => $"    \"{j}\": {{ \"Cron\": \"0 0 7 1 1 ? 2099\" }}")));
        var storeSection = store.Provider == StoreProvider.Sqlite
            ? "\"Store\": { \"Path\": \"store.db\" }"
            : $"\"Store\": {{ \"Provider\": \"PostgreSql\", \"ConnectionString\": \"{store.Options.ConnectionString}\" }}";
        return $$"""
            {
              {{storeSection}},
              "Scheduler": { "CheckinIntervalSeconds": 2 },
              "Jobs": {
            {{crons}}
              }
            }
            """;
    }

    private static async Task SecondNodeIsRefusedAsync(string folder)
    {
        // Both started at once: exactly one holds the store's service lock; the other says why it stops.
        using var first = ServeProcess.Start(folder);
        using var second = ServeProcess.Start(folder);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!first.HasExited && !second.HasExited && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
        }

        var (refused, running) = first.HasExited ? (first, second) : (second, first);
        Assert.True(refused.HasExited, "two serve nodes kept running on one SQLite store");
        Assert.Contains("one service per store", refused.Output, StringComparison.Ordinal);
        await running.WaitForHealthAsync(TimeSpan.FromSeconds(120));
        Assert.False(running.HasExited);
        running.Kill();
    }

    private static string Report(IReadOnlyList<Run> runs, DateTimeOffset start, DateTimeOffset killedAt, string victim, string survivor)
    {
        var afterKill = runs.Where(r => r.StartedAt > killedAt).OrderBy(r => r.StartedAt).FirstOrDefault();
        var lines = new List<string>
        {
            $"minute from {Text(start)}, killed {victim} at {Text(killedAt)}, survivor {survivor}",
            $"takeover: first run on the survivor after the kill started {(afterKill is null ? "never" : ((afterKill.StartedAt - killedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"))} after it",
        };
        foreach (var job in Jobs)
        {
            var mine = runs.Where(r => r.Job == job).ToList();
            lines.Add($"{job}: {mine.Count(r => r.FireId.StartsWith(victim, StringComparison.Ordinal) && r.StartedAt < killedAt)} on the killed node, "
                + $"{mine.Count(r => r.FireId.StartsWith(survivor, StringComparison.Ordinal) && r.StartedAt < killedAt)} on the survivor before the kill, "
                + $"{mine.Count(r => r.StartedAt >= killedAt)} after it; unfinished {mine.Count(r => r.Outcome != "succeeded")}; "
                + $"latest start {mine.Where(r => r.ScheduledAt >= start).Select(r => (r.StartedAt - r.ScheduledAt).TotalSeconds).DefaultIfEmpty().Max().ToString("0.0", CultureInfo.InvariantCulture)} s after due");
        }

        lines.AddRange(runs.OrderBy(r => r.Id).Select(r => $"{r.Job} due {Text(r.ScheduledAt)} started {Text(r.StartedAt)} {r.Outcome} {r.FireId}"));
        return string.Join('\n', lines);
    }

    private static string Text(DateTimeOffset t) => t.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private static DateTimeOffset NextSecond(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond) + TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static async Task<List<string>> WaitForAsync(Func<List<string>> read, Func<List<string>, bool> done, TimeSpan timeout, params ServeProcess[] processes)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > until || processes.Any(p => p.HasExited))
            {
                throw new TimeoutException($"the two nodes did not both check in: {string.Join(", ", value)}\n{string.Join("\n---\n", processes.Select(p => p.Output))}");
            }

            await Task.Delay(200);
        }
    }

    private static List<Run> Runs(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT id, job, fire_id, scheduled_at, started_at, outcome FROM job_runs ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var runs = new List<Run>();
        while (reader.Read())
        {
            runs.Add(new Run(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero), new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero), reader.GetString(5)));
        }

        return runs;
    }

    private static List<string> Strings(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        try
        {
            using var reader = command.ExecuteReader();
            var list = new List<string>();
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }

            return list;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return [];
        }
    }

    private sealed record Run(long Id, string Job, string FireId, DateTimeOffset ScheduledAt, DateTimeOffset StartedAt, string Outcome);
}
