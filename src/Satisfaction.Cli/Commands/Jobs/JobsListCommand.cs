using System.Text.Json;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Scheduling;
using Satisfaction.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Jobs;

/// <summary><c>satisfaction jobs list [--format json]</c>: every job with cron, pause state, last run and next fire, from the job store.</summary>
public sealed class JobsListCommand(CliHost host, JobsControl jobs) : AsyncCommand<JobsListSettings>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, JobsListSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var list = await jobs.ListAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Format == "json")
        {
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(list.Select(j => new
            {
                name = j.Name,
                cron = j.Cron,
                paused = j.Paused,
                last_fire = HealthEndpoint.Time(j.LastFire),
                last_outcome = j.LastOutcome,
                next_fire = HealthEndpoint.Time(j.NextFire),
                last_message = j.LastMessage,
                misfire = j.Misfire == JobMisfirePolicy.Skip ? "skip" : "fire_once_now",
            }), Json)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("job", "cron (UK time)", "paused", "last run", "outcome", "next run");
        foreach (var j in list)
        {
            table.AddRow(
                TerminalText.Markup(j.Name), TerminalText.Markup(j.Cron), j.Paused ? "yes" : "no", HealthEndpoint.Time(j.LastFire) ?? "never",
                TerminalText.Markup(j.LastOutcome ?? "-"), HealthEndpoint.Time(j.NextFire) ?? "-");
        }

        host.Console.Write(table);
        foreach (var j in list.Where(j => j.LastMessage is not null))
        {
            await host.Out.WriteLineAsync($"{TerminalText.Safe(j.Name)}: {TerminalText.Safe(j.LastMessage)}").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
