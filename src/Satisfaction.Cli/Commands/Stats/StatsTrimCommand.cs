using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary><c>satisfaction stats trim FILE --weights COL --upper X</c>: trims weights as R <c>trimWeights()</c>.</summary>
public sealed class StatsTrimCommand(CliHost host) : Command<StatsTrimSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StatsTrimSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = WeightingSteps.Trim(new DataFile(host.ResolvePath(settings.File), settings.File), settings.Weights!, settings.Weighting().Trimming!);
        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer => WeightingSteps.WriteWeighted(writer, run));
        StatsPrinting.Warnings(host, [run.Summary]);
        return ExitCodes.Ok;
    }
}
