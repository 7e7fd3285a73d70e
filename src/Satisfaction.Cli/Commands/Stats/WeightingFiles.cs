using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;
using Satisfaction.Core.Text;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// File handling shared by <c>stats rake</c>, <c>stats calibrate</c> and <c>stats trim</c>: the margins file
/// (columns variable, level, total), base weights from a column, and the output (input rows plus a
/// <c>weight</c> column) with its summary on stderr.
/// </summary>
internal static class WeightingFiles
{
    /// <summary>Output column with the new weights (replaced in place when the input already has it).</summary>
    public const string WeightColumn = "weight";

    /// <summary>
    /// Reads the margins file and maps every respondent to its level on each margin variable. Variables keep
    /// the order of first appearance (raking order), levels their file order (first level = calibration reference).
    /// </summary>
    public static IReadOnlyList<WeightingMargin> ReadMargins(CliHost host, string marginsPath, CsvTable data, double relativeTolerance = 1e-6)
    {
        var margins = CsvTable.Read(host.ResolvePath(marginsPath), marginsPath);
        var variables = margins.Strings("variable");
        var levels = margins.Strings("level");
        var totals = margins.Doubles("total");
        var order = new List<string>();
        var byVariable = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < margins.RowCount; r++)
        {
            var v = variables[r].Trim();
            if (v.Length == 0)
            {
                throw InvalidInputException.At(marginsPath, margins.LineOf(r), "variable", "the variable name is empty.");
            }

            if (!(totals[r] >= 0))
            {
                throw InvalidInputException.At(marginsPath, margins.LineOf(r), "total", $"population total {Format(totals[r])} is negative.");
            }

            if (!byVariable.TryGetValue(v, out var list))
            {
                list = [];
                byVariable.Add(v, list);
                order.Add(v);
            }

            if (list.Any(other => string.Equals(levels[other], levels[r], StringComparison.Ordinal)))
            {
                throw InvalidInputException.At(marginsPath, margins.LineOf(r), "level", $"level '{levels[r]}' of '{v}' is listed twice.");
            }

            list.Add(r);
        }

        if (order.Count == 0)
        {
            throw new InvalidInputException($"{marginsPath}: no margins; rows of variable,level,total are expected.");
        }

        var population = byVariable[order[0]].Sum(r => totals[r]);
        var result = new List<WeightingMargin>(order.Count);
        foreach (var variable in order)
        {
            var rows = byVariable[variable];
            var sum = rows.Sum(r => totals[r]);
            if (Math.Abs(sum - population) > relativeTolerance * Math.Max(population, 1))
            {
                throw InvalidInputException.At(marginsPath, margins.LineOf(rows[0]), "total",
                    $"the totals of '{variable}' add up to {Format(sum)} but those of '{order[0]}' add up to {Format(population)}; every variable must describe the same population.");
            }

            var levelNames = rows.Select(r => levels[r]).ToArray();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var l = 0; l < levelNames.Length; l++)
            {
                index[levelNames[l]] = l;
            }

            var column = data.ColumnIndex(variable);
            var codes = new int[data.RowCount];
            for (var i = 0; i < codes.Length; i++)
            {
                var text = data.Cell(i, column);
                if (!index.TryGetValue(text, out codes[i]))
                {
                    throw InvalidInputException.At(data.FileName, data.LineOf(i), variable,
                        $"level '{text}' is not in the margins file {marginsPath} (its levels: {string.Join(", ", levelNames)}).");
                }
            }

            result.Add(new WeightingMargin(variable, codes, rows.Select(r => totals[r]).ToArray(), levelNames));
        }

        return result;
    }

    /// <summary>Base weights from <paramref name="column"/>, or 1 for every row when no column is given.</summary>
    public static double[] ReadWeights(CsvTable data, string? column)
    {
        if (column is null)
        {
            var ones = new double[data.RowCount];
            Array.Fill(ones, 1.0);
            return ones;
        }

        var weights = data.Doubles(column);
        for (var i = 0; i < weights.Length; i++)
        {
            if (!(weights[i] > 0))
            {
                throw InvalidInputException.At(data.FileName, data.LineOf(i), column, $"weight {Format(weights[i])} is not positive.");
            }
        }

        return weights;
    }

    /// <summary>Reads the input CSV (the command's FILE argument).</summary>
    public static CsvTable ReadData(CliHost host, string path) => CsvTable.Read(host.ResolvePath(path), path);

    /// <summary>Writes the input rows with the new weights, atomically to <paramref name="outPath"/> or to stdout.</summary>
    public static void WriteWeighted(CliHost host, CsvTable data, double[] weights, string? outPath)
    {
        var replace = data.HasColumn(WeightColumn) ? data.ColumnIndex(WeightColumn) : -1;
        AtomicFile.WriteOrPrint(outPath is null ? null : host.ResolvePath(outPath), host.Out, writer =>
        {
            var headers = replace >= 0 ? data.Headers : [.. data.Headers, WeightColumn];
            writer.Write(string.Join(',', headers.Select(CsvRecordReader.Escape)));
            writer.Write('\n');
            for (var i = 0; i < data.RowCount; i++)
            {
                for (var c = 0; c < data.Headers.Count; c++)
                {
                    if (c > 0)
                    {
                        writer.Write(',');
                    }

                    writer.Write(c == replace ? Format(weights[i]) : CsvRecordReader.Escape(data.Cell(i, c)));
                }

                if (replace < 0)
                {
                    writer.Write(',');
                    writer.Write(Format(weights[i]));
                }

                writer.Write('\n');
            }
        });
    }

    /// <summary>Shortest round-trip text of a number (invariant culture).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses an option value that validation already accepted as a number.</summary>
    public static double Number(string? text) =>
        TryParse(text, out var value) ? value : throw new InvalidInputException($"'{text}' is not a number.");

    /// <summary>Parses an option's number (invariant culture).</summary>
    public static bool TryParse(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
