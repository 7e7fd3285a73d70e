using System.Globalization;
using Satisfaction.Application.Statistics;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Scores;

/// <summary>
/// Weights of the RDD confidence survey: a base weight of the number of adults in the household (the answer to
/// <c>adults</c>, capped at <see cref="ScoreOptions.RddAdultsCap"/>; 1 when not given), since one adult per
/// household is interviewed, then raking (R <c>rake()</c>) of each period separately to the population margins of
/// <see cref="ScoreOptions.RddMarginsFile"/> (CSV <c>variable,level,total</c>; a variable is <c>division</c>,
/// the number bank's division, or a question id such as <c>sex</c> or <c>age_band</c> whose levels are the
/// answer codes). A respondent with no usable value on a margin variable is counted in the level with the
/// largest population total (the count is stated in the method).
/// </summary>
public static class RddWeighting
{
    /// <summary>The question holding the number of adults in the household.</summary>
    public const string AdultsQuestion = "adults";

    /// <summary>The base weight of a respondent: adults in the household, 1 .. cap.</summary>
    public static double BaseWeight(ResponseRecord record, int cap)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Answers.TryGetValue(AdultsQuestion, out var code)
            && int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var adults)
            && adults is >= 1 and <= 20
                ? Math.Min(adults, cap)
                : 1.0;
    }

    /// <summary>
    /// Rakes <paramref name="baseWeights"/> of the rows, each period to the margins; returns the weights, the
    /// adjustment for the SEs and a description. Null margins file: the base weights, described as not raked.
    /// </summary>
    /// <exception cref="InvalidInputException">A bad margins file, or a margin level without respondents in a period.</exception>
    public static (double[] Weights, ILinearisationAdjustment? Adjustment, string Description, IReadOnlyList<string> Warnings) Weight(
        IReadOnlyList<ResponseRecord> rows, IReadOnlyList<string> periods, double[] baseWeights, string? marginsFile, int cap)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(periods);
        var baseText = string.Create(CultureInfo.InvariantCulture, $"base weight = adults in the household (capped at {cap})");
        if (marginsFile is null)
        {
            return (baseWeights, null, baseText + "; not raked: Scores:RddMarginsFile is not set",
                ["warning: rdd_confidence is not raked to population margins (set Scores:RddMarginsFile)."]);
        }

        var table = CsvTable.Read(marginsFile);
        var variables = table.Strings("variable");
        var levels = table.Strings("level");
        var totals = table.Doubles("total");
        var order = variables.Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var periodNames = periods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var margins = new List<WeightingMargin>();
        var imputed = 0;
        foreach (var variable in order)
        {
            var own = Enumerable.Range(0, table.RowCount).Where(r => variables[r].Trim() == variable).ToList();
            var levelIndex = own.Select((r, i) => (levels[r].Trim(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
            var largest = own.Select((r, i) => (totals[r], i)).MaxBy(x => x.Item1).i;
            var codes = new int[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                var value = variable == "division"
                    ? (rows[i].Division.Length == 0 ? "unknown" : rows[i].Division)
                    : rows[i].Answers.GetValueOrDefault(variable) ?? string.Empty;
                if (!levelIndex.TryGetValue(value, out var level))
                {
                    level = largest;
                    imputed++;
                }

                codes[i] = (periodNames.IndexOf(periods[i]) * own.Count) + level;
            }

            var crossedTotals = new List<double>();
            var crossedNames = new List<string>();
            foreach (var period in periodNames)
            {
                foreach (var r in own)
                {
                    crossedTotals.Add(totals[r]);
                    crossedNames.Add(period + ":" + levels[r].Trim());
                }
            }

            margins.Add(new WeightingMargin(variable, codes, crossedTotals, crossedNames));
        }

        var raked = Raking.Rake(baseWeights, margins, new RakingOptions());
        var warnings = raked.Converged
            ? new List<string>()
            : [string.Create(CultureInfo.InvariantCulture, $"warning: rdd_confidence raking did not converge after {raked.Passes} passes.")];
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{baseText}; raked per period to population margins ({string.Join(", ", order)}) from {Path.GetFileName(marginsFile)}; {imputed} missing margin values counted in the largest level");
        return (raked.Weights, raked.Adjustment, description, warnings);
    }
}
