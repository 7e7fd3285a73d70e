using Satisfaction.Cli.Infrastructure;
using Satisfaction.Scheduling;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Jobs;

/// <summary><c>satisfaction jobs pause NAME</c>: pauses the job in the job store (stays paused across restarts).</summary>
public sealed class JobsPauseCommand(CliHost host, JobsControl jobs) : AsyncCommand<JobNameSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, JobNameSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await jobs.PauseAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        await host.Out.WriteLineAsync($"{TerminalText.Safe(settings.Name)}: paused").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
