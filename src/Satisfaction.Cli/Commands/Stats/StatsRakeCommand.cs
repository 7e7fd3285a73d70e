using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary><c>satisfaction stats rake FILE --margins FILE</c>: rakes base weights to population margins, as R <c>rake()</c>.</summary>
public sealed class StatsRakeCommand(CliHost host) : Command<StatsRakeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StatsRakeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var data = WeightingFiles.ReadData(host, settings.File);
        var baseWeights = WeightingFiles.ReadWeights(data, settings.Weights);
        var margins = WeightingFiles.ReadMargins(host, settings.Margins!, data);
        var epsilon = WeightingFiles.Number(settings.Epsilon);
        RakingResult result;
        try
        {
            result = Raking.Rake(baseWeights, margins, new RakingOptions { Epsilon = epsilon, MaxIterations = settings.MaxIterations });
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidInputException($"{settings.File} with {settings.Margins}: {ex.Message}", ex);
        }

        WeightingFiles.WriteWeighted(host, data, result.Weights, settings.Out);
        host.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"rake: rows={data.RowCount} converged={(result.Converged ? "true" : "false")} passes={result.Passes} largest_margin_error={result.MaxAbsMarginError:G6} kish_n_eff={KishDesignEffect.EffectiveSampleSize(result.Weights):G6}"));
        if (!result.Converged)
        {
            host.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"warning: raking did not converge after {result.Passes} passes; the weights are those of the last pass."));
        }

        return ExitCodes.Ok;
    }
}
