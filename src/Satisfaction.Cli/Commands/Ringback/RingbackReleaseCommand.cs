using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary><c>satisfaction ringback release CASE_ID --handler NAME</c>: gives a held case back to the queue, recording no call.</summary>
public sealed class RingbackReleaseCommand(CliHost host, IServiceProvider services) : AsyncCommand<RingbackReleaseCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var desk = ActivatorUtilities.CreateInstance<RingbackDesk>(services, RingbackClock.For(host.Time, settings.Now));
        if (!await desk.ReleaseAsync(settings.CaseId, settings.Handler!, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"case {settings.CaseId} is not held by {settings.Handler}; nothing was released."));
        }

        await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"case {settings.CaseId} released")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Options of <c>ringback release</c>.</summary>
    public sealed class Settings : RingbackSettings
    {
        /// <summary>The case.</summary>
        [CommandArgument(0, "<CASE_ID>")]
        [Description("The ring-back case id (from 'ringback next').")]
        public long CaseId { get; init; }
    }
}
