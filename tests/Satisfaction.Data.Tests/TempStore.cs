using Microsoft.Data.Sqlite;

namespace Satisfaction.Data.Tests;

/// <summary>A throw-away folder with a store path in it, deleted on dispose.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "satisfaction-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "store.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may linger on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
