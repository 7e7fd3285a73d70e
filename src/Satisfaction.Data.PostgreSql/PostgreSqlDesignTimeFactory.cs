using Microsoft.EntityFrameworkCore.Design;

namespace Satisfaction.Data.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model (this project as startup project, so this factory wins over
/// the SQLite one in Satisfaction.Data). Adding a migration does not connect to a server.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<SatisfactionDbContext>
{
    /// <inheritdoc />
    public SatisfactionDbContext CreateDbContext(string[] args) =>
        new(SatisfactionDb.BuildOptions(new StoreOptions
        {
            Provider = StoreProvider.PostgreSql,
            ConnectionString = "Host=localhost;Database=satisfaction_design;Username=satisfaction",
        }));
}
