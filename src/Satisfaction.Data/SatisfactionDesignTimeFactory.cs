using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Satisfaction.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without a host (migrations are generated against SQLite).</summary>
public sealed class SatisfactionDesignTimeFactory : IDesignTimeDbContextFactory<SatisfactionDbContext>
{
    /// <inheritdoc />
    public SatisfactionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SatisfactionDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
