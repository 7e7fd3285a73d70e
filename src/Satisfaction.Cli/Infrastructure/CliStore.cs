using Microsoft.Extensions.Configuration;
using Satisfaction.Core;
using Satisfaction.Data;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>Opens the store a command works on: configuration section <c>Store</c>, with <c>--db</c> taking precedence.</summary>
public static class CliStore
{
    /// <summary>The store options: <c>Store:*</c> from configuration, path from <see cref="CliHost.DatabasePath"/>.</summary>
    /// <exception cref="InvalidInputException">The <c>Store</c> section has a value of the wrong kind.</exception>
    public static StoreOptions Options(CliHost host, GlobalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        StoreOptions options;
        try
        {
            options = host.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidInputException($"configuration section '{StoreOptions.SectionName}' is not valid: {ex.Message}", ex);
        }

        options.Path = host.DatabasePath(settings);
        return options;
    }

    /// <summary>Opens the store, creating or upgrading it by migrations, in WAL mode.</summary>
    /// <exception cref="InvalidInputException">The path is unusable or the file is not a store.</exception>
    public static SatisfactionDbContext Open(CliHost host, GlobalSettings settings) => SatisfactionDb.Open(Options(host, settings));
}
