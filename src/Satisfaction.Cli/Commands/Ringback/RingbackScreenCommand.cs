using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Commands.Ringback.Screen;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary>
/// <c>satisfaction ringback --handler NAME [--plain] [--training] [--now TIME]</c>: the call-handler's console,
/// full screen on a terminal, plain lines with <c>--plain</c> or when input or output is redirected.
/// </summary>
public sealed class RingbackScreenCommand(CliHost host, IServiceProvider services) : AsyncCommand<RingbackScreenCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = RingbackClock.For(host.Time, settings.Now);
        var policy = services.GetRequiredService<RingbackPolicy>();
        IRingbackDesk desk = settings.Training
            ? new TrainingDesk(policy, services.GetRequiredService<RingbackScripts>(), clock)
            : RingbackSettings.Desk(services, clock, settings.Qa);
        var plain = settings.Plain || Console.IsInputRedirected || Console.IsOutputRedirected || !host.Console.Profile.Capabilities.Interactive;
        IHandlerInput input = plain ? new LineInput(host.In) : new KeyInput(host.Console);
        IScreenOutput output = plain ? new PlainScreenOutput(host.Out) : new AnsiScreenOutput(host.Console);
        var screen = new RingbackScreen(desk, input, output, policy, clock, RingbackText.CheckHandler(settings.Handler));
        var calls = await screen.RunAsync(cancellationToken).ConfigureAwait(false);
        await host.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{calls} call(s) recorded{(settings.Training ? " (training: nothing stored)" : string.Empty)}")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Options of the console.</summary>
    public sealed class Settings : RingbackSettings
    {
        /// <summary>Line mode.</summary>
        [CommandOption("--plain")]
        [Description("Plain line mode: one line per input, no colours or screen clearing (also when input or output is redirected).")]
        public bool Plain { get; init; }

        /// <summary>QA queue.</summary>
        [CommandOption("--qa")]
        [Description("Supervisors: work the QA ring-back queue (victims who completed the survey, asked about the officers who attended) instead of the survey's.")]
        public bool Qa { get; init; }

        /// <summary>Training mode.</summary>
        [CommandOption("--training")]
        [Description("Training: the same screens on made-up cases; nothing is recorded.")]
        public bool Training { get; init; }
    }
}
