using Satisfaction.Application.Forces;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Force;

/// <summary><c>satisfaction force init</c>: creates or updates a force, its divisions and programmes (idempotent).</summary>
public sealed class ForceInitCommand(CliHost host, ForceSetup setup) : AsyncCommand<ForceInitSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ForceInitSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var definition = settings.File is { } file
            ? ForceDefinitionFile.Load(host.ResolvePath(file))
            : new ForceDefinition(settings.Code!, settings.Name!, [.. settings.Divisions!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(d => new DivisionDefinition(d, d))]);
        if (settings.Programmes is { } folder)
        {
            definition = definition with { ProgrammesPath = host.ResolvePath(folder) };
        }

        var result = await setup.EnsureAsync(definition, cancellationToken).ConfigureAwait(false);
        if (result.Changes.Count == 0)
        {
            await host.Out.WriteLineAsync($"force {TerminalText.Safe(result.Code)}: already set up; nothing changed").ConfigureAwait(false);
        }
        else
        {
            foreach (var change in result.Changes)
            {
                await host.Out.WriteLineAsync($"force {TerminalText.Safe(result.Code)}: {TerminalText.Safe(change)}").ConfigureAwait(false);
            }
        }

        return ExitCodes.Ok;
    }
}
