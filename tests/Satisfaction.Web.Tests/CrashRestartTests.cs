using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Satisfaction.Cli;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Time;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Web.Tests;

/// <summary>
/// The service survives a crash: serve runs on a temporary store with crons of a few seconds, is killed (no
/// shutdown) while import-inbox is importing, and is started again. Every job fires again and every effect
/// happens exactly once: each file imported once, one draw per week (missed weeks caught up), one purge.
/// </summary>
public sealed class CrashRestartTests : IDisposable
{
    private const int BigRows = 100_000;
    private const int SmallRows = 500;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "satisfaction-serve-tests", Guid.NewGuid().ToString("N"));
    private readonly DateOnly _today = UkLocalTime.ToUkDate(TimeProvider.System.GetUtcNow());

    public CrashRestartTests() => Directory.CreateDirectory(_dir);

    private string Store => Path.Combine(_dir, "store.db");

    [Fact]
    public async Task KilledMidImport_Restarted_EveryJobFiresAgainAndEveryEffectHappensOnce()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "appsettings.json"), """
            {
              "Store": { "Path": "store.db" },
              "Import": { "Inbox": "inbox" },
              "Retention": { "Days": 90 },
              "Jobs": {
                "import-inbox": { "Cron": "0/2 * * * * ?" },
                "weekly-sample": { "Cron": "0/3 * * * * ?" },
                "retention": { "Cron": "0/2 * * * * ?" },
                "rdd-release": { "Cron": "0 0 7 1 1 ? 2099" }
              }
            }
            """);
        Assert.Equal(0, await CliAsync("force", "init", "--code", "LANCS", "--name", "Lancashire Constabulary", "--divisions", "EAST,SOUTH,WEST"));
        SeedClosedCasesAndAnOldDraw();
        Directory.CreateDirectory(Path.Combine(_dir, "inbox"));
        // The big file's records are younger than the fieldwork window (no draw considers them yet); the small one's are in it.
        WriteExtract(Path.Combine(_dir, "inbox", "a-big.csv"), "BIG", BigRows, firstDay: 1, days: 30);
        WriteExtract(Path.Combine(_dir, "inbox", "b-small.csv"), "SMALL", SmallRows, firstDay: 42, days: 60);

        // First run: killed while import-inbox is importing the big file.
        using (var first = ServeProcess.Start(_dir))
        {
            await first.WaitForHealthAsync(TimeSpan.FromSeconds(90));
            await WaitForAsync(() => Scalar("SELECT count(*) FROM job_runs WHERE job = 'import-inbox' AND outcome = 'running'") > 0, TimeSpan.FromSeconds(60), first);
            await Task.Delay(300);
            first.Kill();
        }

        Assert.Equal(1, Scalar("SELECT count(*) FROM job_runs WHERE job = 'import-inbox' AND outcome = 'running'"));
        Assert.Equal(0, await CliAsync("jobs", "pause", "rdd-release"));
        var restartedAt = TimeProvider.System.GetUtcNow();

        // Second run: recovers, catches up, and runs every job again.
        using (var second = ServeProcess.Start(_dir))
        {
            await second.WaitForHealthAsync(TimeSpan.FromSeconds(90));
            await WaitForAsync(
                () => Scalar("SELECT count(*) FROM inbox_files WHERE outcome = 'imported'") == 2
                    && new[] { "import-inbox", "weekly-sample", "retention" }.All(j =>
                        Scalar($"SELECT count(*) FROM job_runs WHERE job = '{j}' AND outcome = 'succeeded' AND started_at > {restartedAt.UtcTicks}") >= 2),
                TimeSpan.FromSeconds(120),
                second);
            var (_, health) = await second.HealthAsync();
            Assert.Contains("\"name\":\"rdd-release\",\"cron\":\"0 0 7 1 1 ? 2099\",\"paused\":true", health, StringComparison.Ordinal);
            Assert.Contains("\"running\":true", health, StringComparison.Ordinal);
            second.Stop();
        }

        // The crash happened in the middle of a run, and that run was recorded as interrupted.
        Assert.Equal(1, Scalar("SELECT count(*) FROM job_runs WHERE job = 'import-inbox' AND outcome = 'interrupted'"));

        // Each file imported exactly once, then moved.
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "inbox"), "*.csv"));
        Assert.Equal(["a-big.csv", "b-small.csv"], Directory.GetFiles(Path.Combine(_dir, "inbox", "processed")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, Scalar("SELECT count(DISTINCT sha256) FROM inbox_files"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM audit_log WHERE action = 'import_crimes' AND subject = 'a-big.csv'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM audit_log WHERE action = 'import_crimes' AND subject = 'b-small.csv'"));
        Assert.Equal(BigRows + SmallRows + 3, Scalar("SELECT count(*) FROM recorded_crimes"));

        // One draw per week: the three missed weeks caught up in order, none twice.
        var draws = Strings("SELECT as_of FROM sample_draws ORDER BY id");
        Assert.Equal([Day(-21), Day(-14), Day(-7), Day(0)], draws);
        Assert.Equal(Scalar("SELECT count(DISTINCT crime_ref) FROM draw_considerations"), Scalar("SELECT count(*) FROM draw_considerations"));

        // One purge of the three expired contacts, recorded by counts.
        Assert.Equal(1, Scalar("SELECT count(*) FROM audit_log WHERE action = 'retention.purge'"));
        Assert.Contains("\"contacts\":3", Strings("SELECT details FROM audit_log WHERE action = 'retention.purge'")[0], StringComparison.Ordinal);
        Assert.Equal(0, Scalar("SELECT count(*) FROM victim_contacts WHERE victim_id LIKE 'OLD%' AND (phone_e164 IS NOT NULL OR name IS NOT NULL)"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private string Day(int offset) => _today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<int> CliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliHost(output, error, TimeProvider.System, CliHost.ReadConfiguration(_dir), _dir));
        Assert.True(code == 0, $"{string.Join(' ', args)}: {error}");
        return code;
    }

    /// <summary>Three victims whose only case closed 100 days ago (so retention purges them) and a draw three weeks old.</summary>
    private void SeedClosedCasesAndAnOldDraw()
    {
        using var db = SatisfactionDb.Open(Store);
        var now = TimeProvider.System.GetUtcNow();
        var division = db.Divisions.Single(d => d.Code == "EAST");
        var programme = db.SurveyProgrammes.Single(p => p.Code == "uss");
        var draw = new SampleDraw
        {
            ForceId = division.ForceId, ProgrammeCodes = ["uss", "asb"], AsOf = _today.AddDays(-21), Seed = 1, WindowStart = _today.AddDays(-21 - 84), WindowEnd = _today.AddDays(-21 - 42),
            AllocationMethod = "census", CreatedAt = now.AddDays(-21), Status = SampleDrawStatus.Completed,
        };
        db.SampleDraws.Add(draw);
        db.SaveChanges();
        for (var i = 0; i < 3; i++)
        {
            var crimeRef = $"OLD/{i}";
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = division.ForceId, CrimeRef = crimeRef, RecordedAt = now.AddDays(-200), RecordedDate = _today.AddDays(-200), OffenceCode = "28A", DivisionId = division.Id,
                VictimId = $"OLD{i}", VictimAge = 40, SourceFile = "seed", SourceLine = i + 2,
            });
            db.VictimContacts.Add(new VictimContact { ForceId = division.ForceId, VictimId = $"OLD{i}", PhoneE164 = $"+4477009000{i:D2}", Name = $"Person {i}", UpdatedAt = now.AddDays(-200) });
            db.SaveChanges();
            db.SampledCases.Add(new SampledCase
            {
                ForceId = division.ForceId, SampleDrawId = draw.Id, CrimeRef = crimeRef, VictimId = $"OLD{i}", SurveyProgrammeId = programme.Id, UserGroup = "burglary", DivisionId = division.Id,
                Stratum = "burglary/EAST", InclusionProbability = 1, DesignWeight = 1, Status = CaseStatus.Closed, FinalDisposition = "2.112", ClosedAt = now.AddDays(-100),
            });
            db.SaveChanges();
        }
    }

    private void WriteExtract(string path, string prefix, int rows, int firstDay, int days)
    {
        var divisions = new[] { "EAST", "SOUTH", "WEST" };
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,victim_dob,phone,location_id,flags\n");
        for (var i = 0; i < rows; i++)
        {
            var day = _today.AddDays(-(firstDay + (i % days)));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{prefix}/{i:D7},{day:yyyy-MM-dd}T10:00:00,28A,crime,{divisions[i % 3]},{prefix}V{i:D7},person,30,,07700 900{i % 1000:D3},L{i % 500},\n"));
        }
    }

    private async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, ServeProcess serve)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (serve.HasExited)
            {
                throw new InvalidOperationException($"serve exited:\n{serve.Output}");
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"condition not met in {timeout}; job_runs: {string.Join("; ", Strings("SELECT job || ' ' || outcome || ' ' || coalesce(message, '') FROM job_runs"))}\n{serve.Output}");
            }

            await Task.Delay(100);
        }
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
