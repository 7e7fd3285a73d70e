using Satisfaction.Core;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// Builds a <see cref="SurveyDesign"/> from the design columns of a respondent table; with margins, rakes or
/// calibrates the weights first and keeps what that did for the SEs (as R's design after <c>rake()</c> /
/// <c>calibrate()</c>).
/// </summary>
public static class SurveyDesignLoader
{
    /// <summary>Reads <paramref name="file"/> and builds its design.</summary>
    /// <exception cref="InvalidInputException">An unreadable file, a missing column or a bad value (file, line and column named), bad margins, failed calibration.</exception>
    public static LoadedDesign Load(DataFile file, DesignSettings settings)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Load(CsvTable.Read(file.Path, file.Name), settings);
    }

    /// <summary>Builds the design of <paramref name="table"/>.</summary>
    /// <exception cref="InvalidInputException">A missing column or a bad value (file, line and column named), bad margins, failed calibration.</exception>
    public static LoadedDesign Load(CsvTable table, DesignSettings settings)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        if (table.RowCount == 0)
        {
            throw InvalidInputException.At(table.FileName, null, null, "the file has no data rows.");
        }

        if (settings.Ids.Count > 2)
        {
            throw new InvalidInputException($"--ids names {settings.Ids.Count} stages ({string.Join(", ", settings.Ids)}); up to two stages are supported.");
        }

        if (settings.Fpc.Count > 0 && settings.Fpc.Count != Math.Max(1, settings.Ids.Count))
        {
            throw new InvalidInputException(
                $"--fpc names {settings.Fpc.Count} column(s) but the design has {Math.Max(1, settings.Ids.Count)} stage(s): give one fpc per stage (as R's fpc = ~fpc1 + fpc2) or none.");
        }

        var warnings = new List<string>();
        var weights = settings.Weights is null ? null : table.Doubles(settings.Weights);
        ILinearisationAdjustment? adjustment = null;
        if (settings.Weighting is { Margins: not null } weighting)
        {
            var run = WeightingSteps.Weight(table, weighting, weights ?? WeightingInputs.ReadWeights(table, null));
            (weights, adjustment) = (run.Weights, run.Adjustment);
            warnings.AddRange(run.Warnings);
        }

        string[]? strataNames = null;
        var strata = settings.Strata is null ? null : CodesWithMissing(table, settings.Strata, out strataNames);
        var design = SurveyDesign.Create(new SurveyDesignInput
        {
            RowCount = table.RowCount,
            Strata = strata,
            StrataNames = strataNames,
            Psus = settings.Ids.Count == 0 ? null : CodesWithMissing(table, settings.Ids[0], out _),
            SecondStageUnits = settings.Ids.Count < 2 ? null : CodesWithMissing(table, settings.Ids[1], out _),
            Fpc = settings.Fpc.Count == 0 ? null : table.Doubles(settings.Fpc[0]),
            SecondStageFpc = settings.Fpc.Count < 2 ? null : table.Doubles(settings.Fpc[1]),
            Weights = weights,
            Adjustment = adjustment,
            SubsetKeepsAllRows = adjustment is not null,
            LonelyPsu = settings.LonelyPsu,
            SourceName = table.FileName,
            LineOfRow = table.LineOf,
            ColumnNames = new SurveyDesignColumnNames(
                Strata: settings.Strata ?? "strata",
                Psus: settings.Ids.Count > 0 ? settings.Ids[0] : "ids",
                Fpc: settings.Fpc.Count > 0 ? settings.Fpc[0] : "fpc",
                Weights: settings.Weights ?? "weights",
                SecondStageUnits: settings.Ids.Count > 1 ? settings.Ids[1] : "ids2",
                SecondStageFpc: settings.Fpc.Count > 1 ? settings.Fpc[1] : "fpc2"),
        });
        return new LoadedDesign(table, design, warnings);
    }

    private static int[] CodesWithMissing(CsvTable table, string column, out string[] levels)
    {
        var codes = table.Codes(column, out levels);
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
