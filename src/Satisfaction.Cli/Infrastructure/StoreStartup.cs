using Satisfaction.Data;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Runs the store's migrations once as a store command starts (settings derived from <see cref="StoreSettings"/>),
/// after its options are valid, so a command refused for a bad option leaves no new file behind.
/// </summary>
internal sealed class StoreStartup(SatisfactionStore store) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (settings is StoreSettings and not IStartsStoreItself && settings.Validate().Successful)
        {
            store.MigrateAsync().GetAwaiter().GetResult();
        }
    }
}
