using Satisfaction.Data;

namespace Satisfaction.Tests.Stores;

/// <summary>
/// The store providers a provider-parameterised test runs on: SQLite always; PostgreSQL when
/// <c>SATISFACTION_TEST_POSTGRES</c> holds a server connection string (a user that may create databases), or when
/// <c>SATISFACTION_REQUIRE_POSTGRES=1</c> says it must run (then a missing variable fails the test loudly).
/// Without either, the PostgreSQL cases are not generated at all: nothing passes that did not run.
/// </summary>
public static class TestProviders
{
    /// <summary>Environment variable with the PostgreSQL server's connection string for tests.</summary>
    public const string PostgresVariable = "SATISFACTION_TEST_POSTGRES";

    /// <summary>Environment variable that, set to 1 (CI), makes the PostgreSQL cases mandatory.</summary>
    public const string RequireVariable = "SATISFACTION_REQUIRE_POSTGRES";

    /// <summary>The server connection string, or null when unset.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether PostgreSQL cases are generated.</summary>
    public static bool PostgresWanted =>
        PostgresConnectionString is not null || Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Theory data: every provider to run on.</summary>
    public static TheoryData<StoreProvider> All
    {
        get
        {
            var data = new TheoryData<StoreProvider> { StoreProvider.Sqlite };
            if (PostgresWanted)
            {
                data.Add(StoreProvider.PostgreSql);
            }

            return data;
        }
    }

    /// <summary>The server connection string; throws a clear error when it is not set (the PostgreSQL case must run).</summary>
    public static string RequirePostgres()
    {
        return PostgresConnectionString ?? throw new InvalidOperationException(
            $"{RequireVariable}=1 but {PostgresVariable} is not set: the PostgreSQL tests cannot run. Set {PostgresVariable} to a server connection string (e.g. Host=127.0.0.1;Port=55432;Username=postgres), or run .ci/run, which starts a server.");
    }
}
