using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary><c>satisfaction stats rake FILE --margins FILE</c>: rakes base weights to population margins, as R <c>rake()</c>.</summary>
public sealed class StatsRakeCommand(CliHost host) : Command<StatsRakeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StatsRakeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = WeightingSteps.Weight(new DataFile(host.ResolvePath(settings.File), settings.File), settings.Weights, settings.Weighting(host.ResolvePath));
        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer => WeightingSteps.WriteWeighted(writer, run));
        StatsPrinting.Warnings(host, [run.Summary, .. run.Warnings]);
        return ExitCodes.Ok;
    }
}
