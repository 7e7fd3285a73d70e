using Satisfaction.Cli.Infrastructure;
using Satisfaction.Scheduling;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Jobs;

/// <summary><c>satisfaction jobs run NAME</c>: asks the running service to fire the job now, or runs it here when none runs.</summary>
public sealed class JobsRunCommand(CliHost host, JobsControl jobs) : AsyncCommand<JobNameSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, JobNameSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var outcome = await jobs.RunAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        await host.Out.WriteLineAsync($"{TerminalText.Safe(settings.Name)}: {TerminalText.Safe(outcome)}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
