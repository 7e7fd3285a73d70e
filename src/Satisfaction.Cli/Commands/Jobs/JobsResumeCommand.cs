using Satisfaction.Cli.Infrastructure;
using Satisfaction.Scheduling;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Jobs;

/// <summary><c>satisfaction jobs resume NAME</c>: resumes a paused job (missed fires follow its misfire policy).</summary>
public sealed class JobsResumeCommand(CliHost host, JobsControl jobs) : AsyncCommand<JobNameSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, JobNameSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await jobs.ResumeAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        await host.Out.WriteLineAsync($"{TerminalText.Safe(settings.Name)}: resumed").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
