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
    /// Reads a margins file of category margins only (raking, post-stratification) and maps every respondent to
    /// its level on each margin variable. Variables keep the order of first appearance (raking order), levels their
    /// file order (first level = calibration reference).
    /// </summary>
    /// <exception cref="InvalidInputException">A bad margins file, a numeric total (blank level: calibration only), or a respondent's level not in it (file, line and column named).</exception>
    public static IReadOnlyList<WeightingMargin> ReadMargins(DataFile file, CsvTable data, double relativeTolerance = 1e-6)
    {
        var targets = ReadTargets(file, data, relativeTolerance);
        if (targets.Totals.Count > 0)
        {
            throw RakingNumericTotal(file, targets);
        }

        return targets.Margins;
    }

    /// <summary>
    /// Reads a margins file for calibration: rows <c>variable,level,total</c> are category margins; a row whose
    /// level is blank gives the population total of a numeric variable (the data column of that name), as R's
    /// <c>calibrate(design, ~group + x, population = c(N, ..., T_x))</c>.
    /// </summary>
    /// <exception cref="InvalidInputException">A bad margins file, a respondent's level not in it, or a numeric variable without a number on a row (file, line and column named).</exception>
    public static WeightingTargets ReadTargets(DataFile file, CsvTable data, double relativeTolerance = 1e-6)
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

            var numeric = levels[r].Trim().Length == 0;
            if (!numeric && !(totals[r] >= 0))
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

            if (list.Count > 0 && (numeric || levels[list[0]].Trim().Length == 0))
            {
                throw InvalidInputException.At(marginsPath, margins.LineOf(r), "level",
                    $"'{v}' has both a blank level (a numeric variable's total) and other rows: a variable is either category margins (one row per level) or one numeric total (one row, level blank).");
            }

            list.Add(r);
        }

        if (order.Count == 0)
        {
            throw new InvalidInputException($"{marginsPath}: no margins; rows of variable,level,total are expected.");
        }

        var categorical = order.Where(v => levels[byVariable[v][0]].Trim().Length > 0).ToList();
        var numericTotals = new List<CalibrationTotal>();
        long firstTotalLine = 0;
        foreach (var variable in order.Where(v => !categorical.Contains(v)))
        {
            var row = byVariable[variable][0];
            firstTotalLine = firstTotalLine == 0 ? margins.LineOf(row) : firstTotalLine;
            var values = data.Doubles(variable, allowMissing: true);
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i]))
                {
                    throw InvalidInputException.At(data.FileName, data.LineOf(i), variable,
                        $"no value, but {marginsPath} gives '{variable}' a population total to calibrate to: every row needs a number.");
                }
            }

            numericTotals.Add(new CalibrationTotal(variable, values, totals[row]));
        }

        if (categorical.Count == 0)
        {
            return new WeightingTargets([], numericTotals, firstTotalLine);
        }

        var population = byVariable[categorical[0]].Sum(r => totals[r]);
        var result = new List<WeightingMargin>(categorical.Count);
        foreach (var variable in categorical)
        {
            var rows = byVariable[variable];
            var sum = rows.Sum(r => totals[r]);
            if (Math.Abs(sum - population) > relativeTolerance * Math.Max(population, 1))
            {
                throw InvalidInputException.At(marginsPath, margins.LineOf(rows[0]), "total",
                    $"the totals of '{variable}' add up to {CsvText.Number(sum)} but those of '{categorical[0]}' add up to {CsvText.Number(population)}; every variable must describe the same population.");
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

        return new WeightingTargets(result, numericTotals, firstTotalLine);
    }

    /// <summary>The error for numeric totals given to raking: unsupported, and what to do instead.</summary>
    internal static InvalidInputException RakingNumericTotal(DataFile file, WeightingTargets targets) =>
        InvalidInputException.At(file.Name, targets.FirstTotalLine, "level",
            $"'{targets.Totals[0].Name}' has a blank level, so it is a numeric variable's population total; raking does not support numeric totals (R's rake() and postStratify() take category margins only). "
            + "Calibrate instead: add --calfun linear (or raking, or logit with --bounds), as R's calibrate(design, ~"
            + string.Join(" + ", targets.Margins.Select(m => m.Name).Concat(targets.Totals.Select(t => t.Name))) + ", population).");

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
