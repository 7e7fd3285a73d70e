using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Builds a <see cref="SurveyDesign"/> from the design columns of a respondent CSV file.</summary>
public static class StatsDesignLoader
{
    /// <summary>Reads the design columns named in <paramref name="settings"/> from <paramref name="table"/>.</summary>
    /// <exception cref="InvalidInputException">A missing column or a bad value (file, line and column named).</exception>
    public static SurveyDesign Load(CsvTable table, StatsFileSettings settings)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        if (table.RowCount == 0)
        {
            throw InvalidInputException.At(table.FileName, null, null, "the file has no data rows.");
        }

        return SurveyDesign.Create(new SurveyDesignInput
        {
            RowCount = table.RowCount,
            Strata = settings.Strata is null ? null : CodesWithMissing(table, settings.Strata),
            Psus = settings.Ids is null ? null : CodesWithMissing(table, settings.Ids),
            Fpc = settings.Fpc is null ? null : table.Doubles(settings.Fpc),
            Weights = settings.Weights is null ? null : table.Doubles(settings.Weights),
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
