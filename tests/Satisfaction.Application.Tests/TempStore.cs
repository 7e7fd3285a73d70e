using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Application.Tests;

/// <summary>
/// A migrated store in a temporary database (SQLite file by default, or a PostgreSQL database) with a demo force
/// and divisions EAST, SOUTH, WEST.
/// </summary>
internal sealed class TempStore : IDisposable
{
    private readonly TestDatabase _database;

    public TempStore(StoreProvider provider = StoreProvider.Sqlite)
    {
        _database = TestDatabase.Create(provider);
        using var db = Open();
        var force = new Force { Code = "DEMO", Name = "Demo Constabulary", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        foreach (var code in new[] { "EAST", "SOUTH", "WEST" })
        {
            db.Divisions.Add(new Division { ForceId = force.Id, Code = code, Name = code });
        }

        db.SaveChanges();
    }

    public StoreProvider Provider => _database.Provider;

    /// <summary>The SQLite file (empty on PostgreSQL).</summary>
    public string Path => _database.Options.Path;

    public string Folder => _database.Folder;

    public StoreOptions Options => _database.Options;

    public SatisfactionDbContext Open() => _database.Open();

    public StoreOptions WithBusyTimeout(int milliseconds) => _database.WithBusyTimeout(milliseconds);

    public void Dispose() => _database.Dispose();
}
