using Microsoft.Data.Sqlite;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests;

/// <summary>A migrated SQLite store in a temporary file with a demo force and divisions EAST, SOUTH, WEST.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "satisfaction-tests", Guid.NewGuid().ToString("N"));

    public TempStore()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "store.db");
        using var db = SatisfactionDb.Open(Path);
        var force = new Force { Code = "DEMO", Name = "Demo Constabulary", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        foreach (var code in new[] { "EAST", "SOUTH", "WEST" })
        {
            db.Divisions.Add(new Division { ForceId = force.Id, Code = code, Name = code });
        }

        db.SaveChanges();
    }

    public string Path { get; }

    public string Folder => _folder;

    public SatisfactionDbContext Open() => SatisfactionDb.Open(Path);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
