using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// <c>satisfaction stats calibrate FILE --margins FILE</c>: calibrates base weights to the margins' totals
/// (model ~ every margin variable), as R <c>calibrate()</c>. A calibration that cannot meet its bounds fails
/// like R's ("Calibration failed"), exit code 1 and no output.
/// </summary>
public sealed class StatsCalibrateCommand(CliHost host) : Command<StatsCalibrateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StatsCalibrateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = WeightingSteps.Weight(new DataFile(host.ResolvePath(settings.File), settings.File), settings.Weights, settings.Weighting(host.ResolvePath));
        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer => WeightingSteps.WriteWeighted(writer, run));
        StatsPrinting.Warnings(host, [run.Summary, .. run.Warnings]);
        return ExitCodes.Ok;
    }
}
