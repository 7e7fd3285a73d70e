using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Application.Import;
using Satisfaction.Application.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Bulk.Sqlite;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Benchmarks;

/// <summary>
/// "draw-store": one weekly draw through the store (<see cref="SampleDrawService"/>, writing the draw) on a big
/// SQLite store: N synthetic records over two years (demo generator, imported through the bulk path), with every
/// record up to the previous week's draw already considered and one in twenty of those sampled, as after two
/// years of weekly draws. Each timed run starts from a fresh copy of that store (the copy is not timed), so it
/// measures what the weekly job does: read what the draw needs, draw, store the draw in one transaction.
/// </summary>
public sealed class StoreDrawBenchmark : IBenchmarkCase
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    /// <inheritdoc />
    public string Name => "draw-store";

    /// <inheritdoc />
    public int DefaultRows => 1_000_000;

    /// <inheritdoc />
    public IEnumerable<Measurement> Run(int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var basePath = Path.Combine(folder, "base.db");
            var stored = BuildStore(folder, basePath, rows);
            var runPath = Path.Combine(folder, "run.db");
            var programmes = ProgrammeCatalog.Load(ProgrammesFolder());
            SampleRunResult? last = null;
            var measurement = Measure.Time(
                "draw_store",
                stored,
                () =>
                {
                    SqliteConnection.ClearAllPools();
                    File.Copy(basePath, runPath, overwrite: true);
                },
                () =>
                {
                    using var db = SatisfactionDb.Open(runPath);
                    last = new SampleDrawService(db, TimeProvider.System)
                        .RunAsync(new SampleRunRequest(AsOf, 20261130, DryRun: false, programmes), CancellationToken.None).GetAwaiter().GetResult();
                },
                repetitions: 3);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (draw: considered {last!.Draw.Considerations.Count}, sampled {last.Draw.Sampled.Count}, strata {last.Draw.Strata.Count})"));
            yield return measurement;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int BuildStore(string folder, string path, int rows)
    {
        var csv = Path.Combine(folder, "crimes.csv");
        using (var writer = new StreamWriter(csv))
        {
            DemoCrimeCsv.Write(writer, DemoCrimeGenerator.Generate(new DemoDataOptions { Seed = 3, AsOf = AsOf, Days = 730, RecordsPerYear = rows / 2 }));
        }

        using (var db = SatisfactionDb.Open(path))
        {
            var force = new Force { Code = DemoForce.Code, Name = DemoForce.Name, CreatedAt = DateTimeOffset.UnixEpoch };
            db.Forces.Add(force);
            db.SaveChanges();
            db.Divisions.AddRange(DemoForce.Divisions.Select(d => new Division { ForceId = force.Id, Code = d.Code, Name = d.Name }));
            db.SurveyProgrammes.Add(new SurveyProgramme { ForceId = force.Id, Code = "uss", Name = "uss", Kind = ProgrammeKind.UserSatisfaction, UserGroups = ["burglary"], QuestionnaireId = "uss-burglary" });
            db.SaveChanges();
            using var reader = CrimeExtractText.Open(csv, "crimes.csv", CrimeExtractEncoding.Utf8);
            var imported = new CrimeImporter(db, new SqliteCrimeBulkStore(), TimeProvider.System).ImportAsync(reader, "crimes.csv").GetAwaiter().GetResult();
            if (!imported.Committed)
            {
                throw new InvalidOperationException("The generated extract did not import.");
            }
        }

        File.Delete(csv);
        using (var db = SatisfactionDb.Open(path))
        {
            // The previous weekly draw (as of a week ago) considered every record reported up to its youngest window
            // edge (6 weeks); one record in twenty of those was sampled.
            var previous = AsOf.AddDays(-7);
            var edge = previous.AddDays(-42).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var force = db.Forces.Single();
            var draw = new SampleDraw
            {
                ForceId = force.Id, ProgrammeCodes = ["uss", "asb"], AsOf = previous, Seed = 1, WindowStart = previous.AddDays(-84), WindowEnd = previous.AddDays(-42),
                AllocationMethod = "target_precision", SelectionMethod = "srs", ParametersJson = "{}", CreatedAt = DateTimeOffset.UnixEpoch, Status = SampleDrawStatus.Completed,
            };
            db.SampleDraws.Add(draw);
            db.SaveChanges();
            db.Database.ExecuteSqlRaw(
                "INSERT INTO draw_considerations (force_id, sample_draw_id, crime_ref, outcome, asb_repeat_location) " +
                "SELECT force_id, {0}, crime_ref, CASE WHEN id % 20 = 0 THEN 'sampled' ELSE 'not_sampled' END, 0 FROM recorded_crimes WHERE recorded_date <= {1}",
                draw.Id, edge);
            db.Database.ExecuteSqlRaw(
                "INSERT INTO sampled_cases (force_id, sample_draw_id, crime_ref, victim_id, survey_programme_id, user_group, division_id, stratum, inclusion_probability, design_weight, status, asb_repeat_location) " +
                "SELECT force_id, {0}, crime_ref, victim_id, (SELECT MIN(id) FROM survey_programmes), 'burglary', division_id, 'burglary/EAST', 0.05, 20, 'closed', 0 " +
                "FROM recorded_crimes WHERE recorded_date <= {1} AND id % 20 = 0",
                draw.Id, edge);
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE)");
            var count = db.RecordedCrimes.Count();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  (store: {count} records, {db.DrawConsiderations.Count()} considered, {db.SampledCases.Count()} sampled, {new FileInfo(path).Length / (1024 * 1024)} MB)"));
            return count;
        }
    }

    /// <summary>The repository's <c>questionnaires/programmes</c>, found above the benchmark's folder.</summary>
    internal static string ProgrammesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "questionnaires", "programmes");
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        throw new DirectoryNotFoundException("questionnaires/programmes not found above the benchmark's folder.");
    }
}
