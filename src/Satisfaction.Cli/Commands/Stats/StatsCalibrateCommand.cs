using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;
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
        var data = WeightingFiles.ReadData(host, settings.File);
        var baseWeights = WeightingFiles.ReadWeights(data, settings.Weights);
        var margins = WeightingFiles.ReadMargins(host, settings.Margins!, data);
        var (lower, upper) = settings.ParsedBounds;
        CalibrationResult result;
        try
        {
            result = Calibration.Calibrate(baseWeights, margins, new CalibrationOptions
            {
                Function = settings.Function,
                LowerBound = lower,
                UpperBound = upper,
            });
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidInputException($"{settings.File} with {settings.Margins}: {ex.Message}", ex);
        }

        if (!result.Succeeded)
        {
            throw new InvalidInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{settings.File}: {result.FailureReason}: the calibration equations were not met within {result.Iterations} iterations (largest relative misfit {result.MaxRelativeMisfit:G3}); the bounds may be too tight."));
        }

        WeightingFiles.WriteWeighted(host, data, result.Weights, settings.Out);
        host.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"calibrate: rows={data.RowCount} converged=true iterations={result.Iterations} g_min={result.GMin:G6} g_max={result.GMax:G6} largest_margin_error={result.MaxAbsMarginError:G6} kish_n_eff={KishDesignEffect.EffectiveSampleSize(result.Weights):G6}"));
        return ExitCodes.Ok;
    }
}
