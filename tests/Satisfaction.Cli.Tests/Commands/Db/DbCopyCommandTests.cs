using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Cli.Tests.Commands.Db;

/// <summary><c>satisfaction db copy</c> from outside: counts printed, password never shown, the copy reads the same, a second copy refused.</summary>
public sealed class DbCopyCommandTests
{
    private const string Password = "pw-never-printed-4711";

    /// <summary>PostgreSQL wherever the PostgreSQL cases run (CI); without a server, SQLite, which is refused as a target.</summary>
    public static TheoryData<StoreProvider> Target =>
        new(TestProviders.PostgresWanted ? StoreProvider.PostgreSql : StoreProvider.Sqlite);

    [Theory]
    [MemberData(nameof(Target))]
    public async Task Copy_prints_counts_without_the_password_and_the_copy_lists_the_same_draws(StoreProvider provider)
    {
        using var run = new CliRun();
        var source = Path.Combine(run.WorkDir, "force.db");
        Seed(source);
        if (provider == StoreProvider.Sqlite)
        {
            var refused = await run.RunAsync("db", "copy", "--db", source, "--to-provider", "Sqlite", "--to", "Host=127.0.0.1;Password=" + Password);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("--to-provider 'Sqlite' is not supported", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, refused.Out + refused.Error, StringComparison.Ordinal);
            return;
        }

        using var target = TestDatabase.Create(provider);
        var to = target.Options.ConnectionString + ";Password=" + Password;

        var copied = await run.RunAsync("db", "copy", "--db", source, "--to", to);

        Assert.True(copied.ExitCode == 0, copied.Error);
        Assert.DoesNotContain(Password, copied.Out + copied.Error, StringComparison.Ordinal);
        Assert.Contains("to PostgreSQL 127.0.0.1:", copied.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^sample_draws +2 +2$", copied.Out);
        Assert.Matches(@"(?m)^divisions +3 +3$", copied.Out);
        Assert.Contains("every table's count matches", copied.Out, StringComparison.Ordinal);

        var onSqlite = await run.RunAsync("sample", "list", "--format", "json", "--db", source);
        using var onCopy = new CliRun(new Dictionary<string, string?>(target.Settings));
        var fromCopy = await onCopy.RunAsync("sample", "list", "--format", "json");
        Assert.Equal(0, fromCopy.ExitCode);
        Assert.Contains("\"seed\": 20261123", onSqlite.Out, StringComparison.Ordinal);
        Assert.Equal(onSqlite.Out, fromCopy.Out);

        var again = await run.RunAsync("db", "copy", "--db", source, "--to", to);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not empty", again.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, again.Out + again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_or_target_is_an_error_saying_what_to_give()
    {
        using var run = new CliRun();

        var missing = await run.RunAsync("db", "copy", "--db", "none.db", "--to", "Host=127.0.0.1;Port=1;Database=x;Password=" + Password);
        var noTarget = await run.RunAsync("db", "copy", "--db", "none.db");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, missing.Out + missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run.WorkDir, "none.db")));
        Assert.Equal(1, noTarget.ExitCode);
        Assert.Contains("--to CONNECTION_STRING or set Store:ConnectionString", noTarget.Error, StringComparison.Ordinal);
    }

    private static void Seed(string path)
    {
        using var db = SatisfactionDb.Open(path);
        var force = new Force { Code = "DEMO", Name = "Demo Constabulary", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        foreach (var code in new[] { "EAST", "SOUTH", "WEST" })
        {
            db.Divisions.Add(new Division { ForceId = force.Id, Code = code, Name = code });
        }

        foreach (var (asOf, seed) in new[] { (new DateOnly(2026, 11, 23), 20261123L), (new DateOnly(2026, 11, 30), 20261130L) })
        {
            db.SampleDraws.Add(new SampleDraw
            {
                ForceId = force.Id, ProgrammeCodes = ["uss"], AsOf = asOf, Seed = seed, WindowStart = asOf.AddDays(-84), WindowEnd = asOf.AddDays(-42),
                AllocationMethod = "proportional", CreatedAt = DateTimeOffset.UnixEpoch, Status = SampleDrawStatus.Empty,
            });
        }

        db.SaveChanges();
    }
}
