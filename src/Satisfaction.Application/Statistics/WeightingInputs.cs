using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// The weighting inputs read from files: the margins file (columns variable, level, total) mapped onto the
/// respondents, and base weights from a column (checked with <see cref="WeightCheck"/>).
/// </summary>
public static class WeightingInputs
{
    /// <summary>Name of the output column holding the new weights (replaced in place when the input has it).</summary>
    public const string WeightColumn = "weight";

    /// <summary>
    /// Reads the margins file and maps every respondent to its level on each margin variable. Variables keep
    /// the order of first appearance (raking order), levels their file order (first level = calibration reference).
    /// </summary>
    /// <exception cref="InvalidInputException">A bad margins file, or a respondent's level not in it (file, line and column named).</exception>
    public static IReadOnlyList<WeightingMargin> ReadMargins(DataFile file, CsvTable data, double relativeTolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(data);
        var marginsPath = file.Name;
        var margins = CsvTable.Read(file.Path, marginsPath);
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
                throw InvalidInputException.At(marginsPath, margins.LineOf(r), "total", $"population total {CsvText.Number(totals[r])} is negative.");
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
                    $"the totals of '{variable}' add up to {CsvText.Number(sum)} but those of '{order[0]}' add up to {CsvText.Number(population)}; every variable must describe the same population.");
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
    /// <exception cref="InvalidInputException">A weight that is not a finite number &gt; 0 (file, line and column named).</exception>
    public static double[] ReadWeights(CsvTable data, string? column)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (column is null)
        {
            var ones = new double[data.RowCount];
            Array.Fill(ones, 1.0);
            return ones;
        }

        var weights = data.Doubles(column);
        for (var i = 0; i < weights.Length; i++)
        {
            if (WeightCheck.Problem(weights[i]) is { } problem)
            {
                throw InvalidInputException.At(data.FileName, data.LineOf(i), column, problem + ".");
            }
        }

        return weights;
    }
}
