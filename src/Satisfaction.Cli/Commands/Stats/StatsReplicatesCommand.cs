using System.Globalization;
using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// <c>satisfaction stats replicates FILE --method jk1|jkn|bootstrap</c>: replicate weights for analysts, as R
/// <c>as.svrepdesign</c>, with the whole weighting recipe (base weights, raking or calibration to
/// <c>--margins</c>, trimming at <c>--upper</c>) re-run for every replicate. Writes the rows plus
/// <c>weight</c> and <c>rep_1..rep_R</c>; prints the method, replicate count, scales and seed to stderr.
/// </summary>
public sealed class StatsReplicatesCommand(CliHost host, ReplicateWeighting replicates) : Command<StatsReplicatesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StatsReplicatesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = replicates.Create(settings.Request(host.ResolvePath));
        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer => ReplicateWeighting.WriteCsv(writer, run));
        if (settings.Estimates is not null)
        {
            AtomicFile.Write(host.ResolvePath(settings.Estimates), writer => StatsOutput.WriteReplicateEstimatesJson(writer, run));
        }

        StatsPrinting.Warnings(host, run.Summary);
        if (settings.Estimates is null)
        {
            StatsPrinting.Warnings(host, run.Estimates.Select(e => string.Create(CultureInfo.InvariantCulture,
                $"estimate: measure={e.Measure} n={e.N} n_yes={e.NYes} proportion={e.Proportion:R} replicate_se={e.Se:R} method={e.Method}")));
        }

        return ExitCodes.Ok;
    }
}
