using Satisfaction.Data.Health;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Data.Tests;

/// <summary>The health check's store probe on each provider: a migrated store is writable; a missing or unreachable one is not, said without secrets.</summary>
public sealed class StoreProbeTests
{
    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_migrated_store_is_writable(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        store.Open().Dispose();

        var (writable, problem) = await StoreProbes.For(provider).WritableAsync(store.Options);

        Assert.True(writable, problem);
        Assert.Null(problem);
    }

    [Fact]
    public async Task A_missing_file_or_an_unreachable_server_is_not_writable_and_the_password_is_not_told()
    {
        var missing = Path.Combine(Path.GetTempPath(), "satisfaction-tests", Guid.NewGuid().ToString("N"), "none.db");
        var server = new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=probe-secret-99;Timeout=2" };

        var file = await StoreProbes.For(StoreProvider.Sqlite).WritableAsync(new StoreOptions { Path = missing });
        var unreachable = await StoreProbes.For(StoreProvider.PostgreSql).WritableAsync(server);

        Assert.False(file.Writable);
        Assert.StartsWith("the store cannot be written", file.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(unreachable.Writable);
        Assert.StartsWith("the store cannot be reached", unreachable.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("probe-secret-99", unreachable.Problem, StringComparison.Ordinal);
    }
}
