using Satisfaction.Application.Import;

namespace Satisfaction.Application.Tests;

public sealed class LayerTests
{
    [Fact]
    public void Application_HoldsNoDatabaseEngineCode()
    {
        // The engine-specific bulk path lives in Satisfaction.Data (ICrimeBulkStore); Application talks to EF Core
        // and Data's interfaces only, so another engine (PostgreSQL) needs no change here.
        var engines = typeof(CrimeImporter).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)
                || n.StartsWith("SQLitePCL", StringComparison.Ordinal)
                || n.StartsWith("Microsoft.EntityFrameworkCore.Sqlite", StringComparison.Ordinal)
                || n.StartsWith("Npgsql", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(engines);
    }
}
