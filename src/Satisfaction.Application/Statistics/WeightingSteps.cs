using System.Globalization;
using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// Raking, calibration and trimming of a respondent table's weights (R <c>rake()</c>, <c>calibrate()</c>,
/// <c>trimWeights()</c>), used by <c>stats rake|calibrate|trim</c> and by the design loader before estimating.
/// </summary>
public static class WeightingSteps
{
    /// <summary>Reads the file and rakes or calibrates its base weights (<paramref name="weightColumn"/>, else 1) to the margins.</summary>
    /// <exception cref="InvalidInputException">Bad data or margins (file, line and column named), or calibration that failed.</exception>
    public static WeightingRun Weight(DataFile file, string? weightColumn, WeightingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(file);
        var table = CsvTable.Read(file.Path, file.Name);
        return Weight(table, settings, WeightingInputs.ReadWeights(table, weightColumn));
    }

    /// <summary>Rakes (no <see cref="WeightingSettings.Calibration"/>) or calibrates <paramref name="baseWeights"/> to the margins.</summary>
    /// <exception cref="InvalidInputException">Bad margins (file, line and column named), or calibration that failed.</exception>
    public static WeightingRun Weight(CsvTable table, WeightingSettings settings, double[] baseWeights)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        var marginsFile = settings.Margins ?? throw new ArgumentException("weighting needs a margins file", nameof(settings));
        var targets = WeightingInputs.ReadTargets(marginsFile, table);
        var margins = targets.Margins;
        if (settings.Calibration is null && targets.Totals.Count > 0)
        {
            throw WeightingInputs.RakingNumericTotal(marginsFile, targets);
        }

        try
        {
            if (settings.Calibration is not { } function)
            {
                var raked = Raking.Rake(baseWeights, margins, settings.Raking);
                var warnings = raked.Converged
                    ? []
                    : new[]
                    {
                        string.Create(CultureInfo.InvariantCulture,
                            $"warning: raking did not converge after {raked.Passes} passes (largest margin error {raked.MaxAbsMarginError:G6}); the weights are those of the last pass."),
                    };
                var summary = string.Create(CultureInfo.InvariantCulture,
                    $"rake: rows={table.RowCount} converged={(raked.Converged ? "true" : "false")} passes={raked.Passes} largest_margin_error={raked.MaxAbsMarginError:G6} kish_n_eff={KishDesignEffect.EffectiveSampleSize(raked.Weights):G6}");
                return new WeightingRun(table, raked.Weights, raked.Adjustment, summary, warnings);
            }

            var calibrated = Calibration.Calibrate(baseWeights, margins, targets.Totals, new CalibrationOptions
            {
                Function = function,
                LowerBound = settings.LowerBound,
                UpperBound = settings.UpperBound,
            });
            if (!calibrated.Succeeded || calibrated.Adjustment is null)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{calibrated.FailureReason}: the calibration equations were not met within {calibrated.Iterations} iterations (largest relative misfit {calibrated.MaxRelativeMisfit:G3}); the bounds may be too tight."));
            }

            var text = string.Create(CultureInfo.InvariantCulture,
                $"calibrate: rows={table.RowCount} converged=true iterations={calibrated.Iterations} g_min={calibrated.GMin:G6} g_max={calibrated.GMax:G6} largest_margin_error={calibrated.MaxAbsMarginError:G6} kish_n_eff={KishDesignEffect.EffectiveSampleSize(calibrated.Weights):G6}");
            return new WeightingRun(table, calibrated.Weights, calibrated.Adjustment, text, []);
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidInputException($"{table.FileName} with {marginsFile.Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads the file and trims the weights of <paramref name="weightColumn"/> (R <c>trimWeights()</c>).</summary>
    /// <exception cref="InvalidInputException">Bad data (file, line and column named).</exception>
    public static WeightingRun Trim(DataFile file, string weightColumn, TrimmingOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var table = CsvTable.Read(file.Path, file.Name);
        var weights = WeightingInputs.ReadWeights(table, weightColumn);
        var result = Trimming.Trim(weights, options);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"trim: rows={table.RowCount} above_upper_before={result.AboveUpperBefore} above_upper_after={result.AboveUpperAfter} below_lower_before={result.BelowLowerBefore} below_lower_after={result.BelowLowerAfter} rounds={result.Rounds} kish_n_eff={KishDesignEffect.EffectiveSampleSize(result.Weights):G6}");
        return new WeightingRun(table, result.Weights, null, summary, []);
    }

    /// <summary>Writes the rows of <paramref name="run"/> with the new weights in a <c>weight</c> column (replaced when present).</summary>
    public static void WriteWeighted(TextWriter writer, WeightingRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var weights = run.Weights;
        run.Table.WriteWith(writer, [WeightingInputs.WeightColumn], (i, _) => CsvText.Number(weights[i]));
    }
}
