using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Builds a <see cref="SurveyDesign"/> from the design columns of a respondent CSV file.</summary>
public static class StatsDesignLoader
{
    /// <summary>
    /// Reads the design columns named in <paramref name="settings"/> from <paramref name="table"/>; with
    /// <c>--margins</c>, rakes or calibrates the weights first and keeps what that did for the SEs.
    /// </summary>
    /// <exception cref="InvalidInputException">A missing column or a bad value (file, line and column named), bad margins, failed calibration.</exception>
    public static SurveyDesign Load(CsvTable table, StatsFileSettings settings, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        if (table.RowCount == 0)
        {
            throw InvalidInputException.At(table.FileName, null, null, "the file has no data rows.");
        }

        var weights = settings.Weights is null ? null : table.Doubles(settings.Weights);
        ILinearisationAdjustment? adjustment = null;
        if (settings.Margins is not null)
        {
            (weights, adjustment) = Weight(table, settings, host, weights ?? WeightingFiles.ReadWeights(table, null));
        }

        return SurveyDesign.Create(new SurveyDesignInput
        {
            RowCount = table.RowCount,
            Strata = settings.Strata is null ? null : CodesWithMissing(table, settings.Strata),
            Psus = settings.Ids is null ? null : CodesWithMissing(table, settings.Ids),
            Fpc = settings.Fpc is null ? null : table.Doubles(settings.Fpc),
            Weights = weights,
            Adjustment = adjustment,
            SubsetKeepsAllRows = adjustment is not null,
            LonelyPsu = settings.LonelyPsuPolicy,
            SourceName = table.FileName,
            LineOfRow = row => table.LineOf(row),
            ColumnNames = new SurveyDesignColumnNames(
                Strata: settings.Strata ?? "strata",
                Psus: settings.Ids ?? "ids",
                Fpc: settings.Fpc ?? "fpc",
                Weights: settings.Weights ?? "weights"),
        });
    }

    private static (double[] Weights, ILinearisationAdjustment Adjustment) Weight(CsvTable table, StatsFileSettings settings, CliHost host, double[] baseWeights)
    {
        var margins = WeightingFiles.ReadMargins(host, settings.Margins!, table);
        try
        {
            if (settings.Function is not { } function)
            {
                var raked = Raking.Rake(baseWeights, margins, new RakingOptions());
                if (!raked.Converged)
                {
                    host.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"warning: raking did not converge after {raked.Passes} passes (largest margin error {raked.MaxAbsMarginError:G6}); estimates use the last pass."));
                }

                return (raked.Weights, raked.Adjustment);
            }

            var (lower, upper) = settings.ParsedBounds;
            var calibrated = Calibration.Calibrate(baseWeights, margins, new CalibrationOptions { Function = function, LowerBound = lower, UpperBound = upper });
            if (!calibrated.Succeeded || calibrated.Adjustment is null)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{calibrated.FailureReason}: the calibration equations were not met within {calibrated.Iterations} iterations; the bounds may be too tight."));
            }

            return (calibrated.Weights, calibrated.Adjustment);
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidInputException($"{table.FileName} with {settings.Margins}: {ex.Message}", ex);
        }
    }

    private static int[] CodesWithMissing(CsvTable table, string column)
    {
        var codes = table.Codes(column, out var levels);
        for (var i = 0; i < codes.Length; i++)
        {
            if (levels[codes[i]].Trim().Length == 0 || levels[codes[i]] == "NA")
            {
                throw InvalidInputException.At(table.FileName, table.LineOf(i), column, "the cell is empty; every row needs a value.");
            }
        }

        return codes;
    }
}
