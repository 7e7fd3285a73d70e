using System.Globalization;

namespace Satisfaction.Core.Benchmarking;

/// <summary>
/// Turns the already-split rows of a peer file into <see cref="PeerFigure"/>s. Columns (by header name, any
/// order, extra columns ignored): <c>force</c>, <c>in_msg</c> (true/false), <c>measure</c>, <c>period_end</c>
/// (yyyy-MM-dd), <c>respondents</c> (whole number, 1 or more), <c>satisfied_pct</c> (0-100), and optionally
/// <c>ci_low</c>, <c>ci_high</c> (empty when no interval is published). Numbers use a dot for decimals.
/// </summary>
public static class PeerFileRows
{
    /// <summary>The required columns.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["force", "in_msg", "measure", "period_end", "respondents", "satisfied_pct"];

    /// <summary>The optional interval columns.</summary>
    public static IReadOnlyList<string> IntervalColumns { get; } = ["ci_low", "ci_high"];

    /// <summary>Reads every row; all problems are collected and reported together.</summary>
    /// <param name="source">File name for messages.</param>
    /// <param name="header">The header cells (line 1).</param>
    /// <param name="rows">Each data row with its 1-based physical line number.</param>
    /// <exception cref="InvalidInputException">
    /// A missing column (<c>FILE:1: ...</c>), or bad cells, one line each <c>FILE:LINE: column 'C': reason</c>
    /// (up to 50, then a count).
    /// </exception>
    public static IReadOnlyList<PeerFigure> Parse(string source, IReadOnlyList<string> header, IEnumerable<(long Line, IReadOnlyList<string> Cells)> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var index = header.Select((h, i) => (Name: h.Trim().ToLowerInvariant(), i)).GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        if (IntervalColumns.Count(index.ContainsKey) == 1)
        {
            missing.Add(IntervalColumns.First(c => !index.ContainsKey(c)));
        }

        if (missing.Count > 0)
        {
            throw InvalidInputException.At(source, 1, null, $"missing column(s) {string.Join(", ", missing)}; the header must have {string.Join(",", RequiredColumns)} and optionally ci_low,ci_high");
        }

        var figures = new List<PeerFigure>();
        var errors = new List<string>();
        foreach (var (line, cells) in rows)
        {
            string Cell(string column) => index.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : string.Empty;
            var before = errors.Count;
            void Bad(string column, string reason) => errors.Add(InvalidInputException.At(source, line, column, reason).Message);

            var force = Cell("force");
            if (force.Length == 0)
            {
                Bad("force", "empty; give the force's name");
            }

            var inMsgText = Cell("in_msg");
            var inMsg = string.Equals(inMsgText, "true", StringComparison.OrdinalIgnoreCase);
            if (!inMsg && !string.Equals(inMsgText, "false", StringComparison.OrdinalIgnoreCase))
            {
                Bad("in_msg", $"'{inMsgText}' is not true or false");
            }

            var measure = Cell("measure");
            if (measure.Length == 0)
            {
                Bad("measure", "empty; give the measure id, e.g. whole_experience");
            }

            var periodText = Cell("period_end");
            if (!DateOnly.TryParseExact(periodText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var periodEnd))
            {
                Bad("period_end", $"'{periodText}' is not a date yyyy-MM-dd");
            }

            var respondentsText = Cell("respondents");
            if (!int.TryParse(respondentsText, NumberStyles.None, CultureInfo.InvariantCulture, out var respondents) || respondents < 1)
            {
                Bad("respondents", $"'{respondentsText}' is not a whole number, 1 or more");
            }

            var pct = Percentage("satisfied_pct", Cell("satisfied_pct"), required: true, Bad);
            var low = Percentage("ci_low", Cell("ci_low"), required: false, Bad);
            var high = Percentage("ci_high", Cell("ci_high"), required: false, Bad);
            if (errors.Count > before)
            {
                continue;
            }

            var figure = new PeerFigure(force, inMsg, measure, periodEnd, respondents, pct!.Value, low, high);
            if (figure.Problem() is { } problem)
            {
                Bad(low is null && high is null ? "satisfied_pct" : "ci_low", problem);
                continue;
            }

            figures.Add(figure);
        }

        if (errors.Count > 0)
        {
            var shown = errors.Take(50).ToList();
            if (errors.Count > shown.Count)
            {
                shown.Add(string.Create(CultureInfo.InvariantCulture, $"... and {errors.Count - shown.Count} more"));
            }

            throw new InvalidInputException(string.Join(Environment.NewLine, shown));
        }

        return figures;
    }

    private static double? Percentage(string column, string text, bool required, Action<string, string> bad)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                bad(column, "empty; give a percentage from 0 to 100");
            }

            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100)
        {
            bad(column, $"'{text}' is not a percentage from 0 to 100 (digits and a decimal point, no % sign)");
            return null;
        }

        return value;
    }
}
