using Microsoft.Extensions.Options;

namespace Satisfaction.Data.Hosting;

/// <summary>Checks the <c>Store</c> section when the host starts, naming the key that is wrong.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == StoreProvider.Sqlite && string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add("Store:Path is empty; give the SQLite file of the store (or --db FILE).");
        }

        if (options.Provider == StoreProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add("Store:Provider is PostgreSql but Store:ConnectionString is empty; give one such as 'Host=db;Database=satisfaction;Username=satisfaction' (env SATISFACTION_STORE__CONNECTIONSTRING).");
            }
            else
            {
                try
                {
                    _ = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
                }
                catch (ArgumentException ex)
                {
                    failures.Add($"Store:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}");
                }
            }
        }

        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Store:Provider '{options.Provider}' is not known; use Sqlite or PostgreSql.");
        }

        if (options.BusyTimeoutMilliseconds < 0)
        {
            failures.Add($"Store:BusyTimeoutMilliseconds is {options.BusyTimeoutMilliseconds}; it must be 0 or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
