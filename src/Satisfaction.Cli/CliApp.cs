using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Spectre.Console.Cli;

namespace Satisfaction.Cli;

/// <summary>The <c>satisfaction</c> command: its command tree and its exit-code contract.</summary>
public static class CliApp
{
    /// <summary>Runs the program against the real console, clock and working folder.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliHost.FromProcess());

    /// <summary>
    /// Runs one command line. Returns 0 on success, 1 on a user error (bad option, bad file, bad data:
    /// the message on stderr says where and why), 2 on an internal error.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var services = new ServiceCollection();
        services.AddSingleton(host);
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("satisfaction");
            config.ConfigureConsole(host.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.ValidateExamples();
            CommandTree.Configure(config);
        });

        try
        {
            return await app.RunAsync(args).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            await host.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UserError;
        }
        catch (Exception ex)
        {
            await host.Error.WriteLineAsync($"internal error: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            await host.Error.WriteLineAsync(ex.StackTrace).ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    private static bool IsUserError(Exception ex) =>
        ex is InvalidInputException or CommandParseException or CommandRuntimeException;
}
