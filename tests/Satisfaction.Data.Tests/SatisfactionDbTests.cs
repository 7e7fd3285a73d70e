using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Satisfaction.Core;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Tests;

public sealed class SatisfactionDbTests
{
    [Fact]
    public void Open_EmptyFile_AppliesEveryMigration()
    {
        using var store = new TempStore();
        using (var db = SatisfactionDb.Open(store.Path))
        {
            var applied = db.Database.GetAppliedMigrations().ToList();
            var all = db.Database.GetMigrations().ToList();
            // Every migration class of the Data assembly (counted apart from EF's own discovery) is known and applied.
            var declared = typeof(SatisfactionDbContext).Assembly.GetTypes()
                .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), inherit: false).Length > 0);
            Assert.True(declared >= 5, $"only {declared} migrations found");
            Assert.Equal(declared, all.Count);
            Assert.Equal(all, applied);
            Assert.Empty(db.Database.GetPendingMigrations());
            Assert.Equal(0, db.RecordedCrimes.Count());
            Assert.Equal(0, db.AuditLog.Count());
        }

        Assert.True(File.Exists(store.Path));
    }

    [Fact]
    public void Model_ComparedWithLatestMigration_HasNoPendingChanges()
    {
        // Fails when an entity or configuration changed without `dotnet ef migrations add`.
        using var store = new TempStore();
        using var db = SatisfactionDb.CreateContext(new StoreOptions { Path = store.Path });
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes that no migration captures");
    }

    [Fact]
    public void Open_TwiceOnSameFile_IsIdempotent()
    {
        using var store = new TempStore();
        using (var db = SatisfactionDb.Open(store.Path))
        {
            db.Forces.Add(new Force { Code = "DEMO", Name = "Demo", CreatedAt = DateTimeOffset.UnixEpoch });
            db.SaveChanges();
        }

        using (var db = SatisfactionDb.Open(store.Path))
        {
            Assert.Equal("DEMO", db.Forces.Single().Code);
        }
    }

    [Fact]
    public void Open_DatabaseAtPreviousMigration_UpgradesAndKeepsData()
    {
        using var store = new TempStore();
        string first;
        using (var db = SatisfactionDb.CreateContext(new StoreOptions { Path = store.Path }))
        {
            var migrations = db.Database.GetMigrations().ToList();
            first = migrations[0];
            db.GetService<IMigrator>().Migrate(first);
            Assert.Equal([first], db.Database.GetAppliedMigrations());
            Assert.Equal(0, ScalarLong(db, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"));

            // Data written under the previous schema, as the previous version of the program would have.
            // The previous schema has no forces.settings_json: write the force as the old program did.
            db.Database.ExecuteSql($"""
                INSERT INTO forces (code, name, time_zone_id, created_at) VALUES ('OLD', 'Old force', 'Europe/London', {new DateTimeOffset(2025, 3, 30, 1, 30, 0, TimeSpan.Zero).UtcTicks})
                """);
            var forceId = db.Database.SqlQuery<int>($"SELECT id AS \"Value\" FROM forces WHERE code = 'OLD'").Single();
            var division = new Division { ForceId = forceId, Code = "EAST", Name = "East" };
            db.Divisions.Add(division);
            db.SaveChanges();
            var programme = new SurveyProgramme { ForceId = forceId, Code = "asb", Name = "ASB", UserGroups = ["asb"], QuestionnaireId = "asb-core" };
            db.SurveyProgrammes.Add(programme);
            db.SaveChanges();

            // The previous schema's records and draws have no force_id: write them as the old program did.
            var recordedAt = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(1)).UtcTicks;
            var crime = Core.Crimes.EnumCodes.ToCode(Core.Crimes.IncidentType.Crime);
            var person = Core.Crimes.EnumCodes.ToCode(Core.Crimes.VictimType.Person);
            var hate = Core.Crimes.CrimeFlagsText.Format(Core.Crimes.CrimeFlags.Hate);
            db.Database.ExecuteSql($"""
                INSERT INTO recorded_crimes (crime_ref, recorded_at, recorded_date, offence_code, incident_type, division_id, victim_id, victim_type,
                    flags, first_imported_at, updated_at, source_file, source_line)
                VALUES ('OLD-1', {recordedAt}, '2025-06-01', '28A', {crime}, {division.Id}, 'V1', {person}, {hate}, 0, 0, 'old.csv', 2)
                """);
            db.Database.ExecuteSql($"""
                INSERT INTO sample_draws (programme_codes, as_of, seed, window_start, window_end, allocation_method, selection_method, parameters_json, created_at, status)
                VALUES ('["asb"]', '2025-08-01', 1, '2025-05-01', '2025-06-20', 'census', 'srs', {"{}"}, 0, 'completed')
                """);
            var draw = new { Id = db.Database.SqlQuery<long>($"SELECT id AS \"Value\" FROM sample_draws").Single() };

            // The previous schema has no asb_repeat_location column: write the rows as the old program did.
            db.Database.ExecuteSql($"""
                INSERT INTO draw_considerations (sample_draw_id, crime_ref, outcome, stratum, inclusion_probability)
                VALUES ({draw.Id}, 'OLD-1', 'sampled', 'asb/EAST', 1.0)
                """);
            db.Database.ExecuteSql($"""
                INSERT INTO sampled_cases (sample_draw_id, crime_ref, victim_id, survey_programme_id, user_group, division_id, stratum, inclusion_probability, design_weight, status)
                VALUES ({draw.Id}, 'OLD-1', 'V1', {programme.Id}, 'asb', {division.Id}, 'asb/EAST', 1.0, 1.0, 'pending')
                """);
        }

        using (var db = SatisfactionDb.Open(store.Path))
        {
            Assert.Empty(db.Database.GetPendingMigrations());
            var crime = db.RecordedCrimes.Include(c => c.Division).Single();
            Assert.Equal("OLD-1", crime.CrimeRef);
            Assert.Equal("EAST", crime.Division!.Code);
            Assert.Equal(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero), crime.RecordedAt);
            Assert.Equal(Core.Crimes.CrimeFlags.Hate, crime.Flags);
            Assert.Equal("Old force", db.Forces.Single().Name);

            // ForcesEverywhere gave every row the force it had in effect: the record its division's, the draw and its rows the draw's.
            var force = db.Forces.Single().Id;
            Assert.Equal(force, crime.ForceId);
            Assert.Equal(force, db.SampleDraws.Single().ForceId);
            Assert.Equal(force, db.DrawConsiderations.Single().ForceId);
            Assert.Equal(force, db.SampledCases.Single().ForceId);
            Assert.Equal("{}", db.Forces.Single().SettingsJson);

            // Rows written before AddAsbRepeatLocation read back as not a repeat location.
            var consideration = db.DrawConsiderations.Single();
            Assert.Equal(ConsiderationOutcome.Sampled, consideration.Outcome);
            Assert.False(consideration.AsbRepeatLocation);
            var sampled = db.SampledCases.Single();
            Assert.Equal("asb/EAST", sampled.Stratum);
            Assert.False(sampled.AsbRepeatLocation);
            Assert.Null(sampled.ClosedAt);

            db.AuditLog.Add(new AuditLogEntry { At = DateTimeOffset.UnixEpoch, Actor = "test", Action = "upgrade", Subject = "store" });
            db.SaveChanges();
            Assert.Equal(1, db.AuditLog.Count());
        }
    }

    [Fact]
    public void Open_Always_PutsTheFileInWalMode()
    {
        using var store = new TempStore();
        using (var db = SatisfactionDb.Open(store.Path))
        {
            Assert.Equal("wal", ScalarString(db, "PRAGMA journal_mode"));
            Assert.Equal(30000L, ScalarLong(db, "PRAGMA busy_timeout"));
            Assert.Equal(1L, ScalarLong(db, "PRAGMA foreign_keys"));
        }

        SqliteConnection.ClearAllPools();
        using var raw = new SqliteConnection($"Data Source={store.Path}");
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public void Open_WhileAnotherContextHoldsAWriteTransaction_CanStillRead()
    {
        using var store = new TempStore();
        using var writer = SatisfactionDb.Open(store.Path);
        writer.Forces.Add(new Force { Code = "A", Name = "A", CreatedAt = DateTimeOffset.UnixEpoch });
        writer.SaveChanges();

        using var transaction = writer.Database.BeginTransaction();
        writer.Forces.Add(new Force { Code = "B", Name = "B", CreatedAt = DateTimeOffset.UnixEpoch });
        writer.SaveChanges();

        // WAL: a new connection opens (its pragmas run) and reads the committed state while the write is open.
        using var reader = SatisfactionDb.Open(store.Path);
        Assert.Equal(["A"], reader.Forces.Select(f => f.Code).ToList());
        transaction.Commit();
        Assert.Equal(["A", "B"], reader.Forces.OrderBy(f => f.Code).Select(f => f.Code).ToList());
    }

    [Fact]
    public void Open_PathIsAFolder_ThrowsInvalidInput()
    {
        using var store = new TempStore();
        var ex = Assert.Throws<InvalidInputException>(() => SatisfactionDb.Open(store.Folder));
        Assert.Contains("is a folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderMissing_ThrowsInvalidInput()
    {
        using var store = new TempStore();
        var path = Path.Combine(store.Folder, "no-such-folder", "store.db");
        var ex = Assert.Throws<InvalidInputException>(() => SatisfactionDb.Open(path));
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public void Open_FileIsNotADatabase_ThrowsInvalidInput()
    {
        using var store = new TempStore();
        File.WriteAllText(store.Path, "crime_ref,recorded_at\nthis is a CSV file, not SQLite, and long enough to have a header page.\n" + new string('x', 200));
        var ex = Assert.Throws<InvalidInputException>(() => SatisfactionDb.Open(store.Path));
        Assert.Contains("cannot open the store", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_PostgreSqlWithoutConnectionString_ThrowsInvalidInputNamingTheKey()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            SatisfactionDb.Open(new StoreOptions { Provider = StoreProvider.PostgreSql }));
        Assert.Contains("Store:ConnectionString is empty", ex.Message, StringComparison.Ordinal);
    }

    private static long ScalarLong(DbContext db, string sql) => Convert.ToInt64(Scalar(db, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static string ScalarString(DbContext db, string sql) => (string)Scalar(db, sql)!;

    private static object? Scalar(DbContext db, string sql)
    {
        db.Database.OpenConnection();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
