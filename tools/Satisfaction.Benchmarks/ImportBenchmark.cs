using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Satisfaction.Application.Import;
using Satisfaction.Data;
using Satisfaction.Data.Bulk.Sqlite;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Benchmarks;

/// <summary>
/// <c>import</c>: the demo generator writes N rows to a temporary CSV (untimed), which is imported into a
/// fresh temporary SQLite store, then imported again (every row unchanged); the file is opened as
/// <c>import crimes</c> opens it (strict UTF-8). Each step runs once (no warm-up; a second import is the
/// "again" case) and prints its seconds and the process's peak working set so far (<c>peak_working_set_mb</c>),
/// which should not grow with N.
/// </summary>
public sealed class ImportBenchmark : IBenchmarkCase
{
    /// <inheritdoc />
    public string Name => "import";

    /// <inheritdoc />
    public int DefaultRows => 1_000_000;

    /// <inheritdoc />
    public IEnumerable<Measurement> Run(int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "satisfaction-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var csv = Path.Combine(folder, "crimes.csv");
            using (var writer = new StreamWriter(csv))
            {
                // The generator adds incidents on top of its yearly rate: take exactly the rows asked for.
                var records = DemoCrimeGenerator.Generate(new DemoDataOptions { Seed = 1, AsOf = new DateOnly(2026, 11, 30), RecordsPerYear = rows }).Take(rows);
                DemoCrimeCsv.Write(writer, records);
            }

            var dbPath = Path.Combine(folder, "store.db");
            using (var db = SatisfactionDb.Open(dbPath))
            {
                var force = new Force { Code = DemoForce.Code, Name = DemoForce.Name, CreatedAt = DateTimeOffset.UnixEpoch };
                db.Forces.Add(force);
                db.SaveChanges();
                db.Divisions.AddRange(DemoForce.Divisions.Select(d => new Division { ForceId = force.Id, Code = d.Code, Name = d.Name }));
                db.SaveChanges();
            }

            var parseCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var parse = Stopwatch.StartNew();
            long parsed;
            using (var reader = new CrimeCsvReader(CrimeExtractText.Open(csv, "crimes.csv", CrimeExtractEncoding.Utf8), "crimes.csv", new CrimeCsvReaderOptions { DetectDuplicateRefs = false }))
            {
                parsed = reader.ReadRows().LongCount();
            }

            Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  (parse cpu seconds {(Process.GetCurrentProcess().TotalProcessorTime - parseCpu).TotalSeconds:0.00})"));
            yield return new Measurement("import_parse_only", (int)parsed, parse.Elapsed.TotalSeconds, PeakWorkingSetMb(), 1, "peak_working_set_mb");
            var first = Import(dbPath, csv, out var imported);
            yield return new Measurement("import_fresh", (int)imported.Rows, first, PeakWorkingSetMb(), 1, "peak_working_set_mb");
            var second = Import(dbPath, csv, out var again);
            yield return new Measurement(again.Unchanged == again.Rows ? "import_again_unchanged" : "import_again_CHANGED", (int)again.Rows, second, PeakWorkingSetMb(), 1, "peak_working_set_mb");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Import(string dbPath, string csv, out CrimeImportResult result)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        using var db = SatisfactionDb.Open(dbPath);
        using var reader = CrimeExtractText.Open(csv, "crimes.csv", CrimeExtractEncoding.Utf8); // as import crimes opens it: strict UTF-8
        result = new CrimeImporter(db, new SqliteCrimeBulkStore(), TimeProvider.System).ImportAsync(reader, "crimes.csv").GetAwaiter().GetResult();
        sw.Stop();
        Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  (cpu seconds {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00})"));
        if (!result.Committed)
        {
            throw new InvalidOperationException($"The generated file has {result.Errors.Count} bad rows: {string.Join("; ", result.Errors.Format("crimes.csv").Take(5))}");
        }

        return sw.Elapsed.TotalSeconds;
    }

    private static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
