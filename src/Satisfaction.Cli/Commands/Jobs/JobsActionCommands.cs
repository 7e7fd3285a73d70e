using Satisfaction.Cli.Infrastructure;
using Satisfaction.Scheduling;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Jobs;

/// <summary>
/// <c>satisfaction jobs run NAME</c>: asks the running service to fire the job now, or runs it here when none runs (a
/// per-force job for every force in turn without <c>--force</c>; exit 1 naming each force's result when one failed).
/// </summary>
public sealed class JobsRunCommand(CliHost host, JobsControl jobs) : AsyncCommand<JobNameSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, JobNameSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string outcome;
        try
        {
            outcome = await jobs.RunAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (JobForcesFailedException ex)
        {
            // Run for every force in turn: the others ran; say what each force did and fail.
            await host.Error.WriteLineAsync($"error: {TerminalText.Safe(settings.Name)} failed for {ex.Failed} force(s): {TerminalText.Safe(ex.Outcome)}").ConfigureAwait(false);
            return ExitCodes.UserError;
        }

        await host.Out.WriteLineAsync($"{TerminalText.Safe(settings.Name)}: {TerminalText.Safe(outcome)}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
