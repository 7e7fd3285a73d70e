using System.Globalization;

namespace Satisfaction.Core.Statistics;

/// <summary>
/// Which answer codes count as "yes" and which are valid for a measure: "% at least fairly satisfied" is
/// codes 1-3 among valid codes 1-7 by default; codes outside the valid set (8 = don't know / not applicable,
/// refused, missing) leave the denominator.
/// </summary>
public sealed class MeasureRule
{
    private const int TableSize = 256;

    // Indicator per code 0..255 (NaN = not valid), built once so 1,000,000 rows need no set lookups.
    private readonly double[] _table;

    /// <summary>Creates a rule.</summary>
    /// <param name="yesCodes">Codes counted as yes; every one should also be valid.</param>
    /// <param name="validCodes">Codes in the denominator.</param>
    public MeasureRule(IReadOnlySet<int> yesCodes, IReadOnlySet<int> validCodes)
    {
        YesCodes = yesCodes;
        ValidCodes = validCodes;
        _table = BuildTable(yesCodes, validCodes);
    }

    /// <summary>Codes counted as yes.</summary>
    public IReadOnlySet<int> YesCodes { get; }

    /// <summary>Codes in the denominator.</summary>
    public IReadOnlySet<int> ValidCodes { get; }

    /// <summary>Satisfied = 1-3 among valid 1-7.</summary>
    public static MeasureRule Default { get; } = new(Range(1, 3), Range(1, 7));

    /// <summary>Builds a rule from range texts such as "1-3" and "1-7" or lists such as "1,2".</summary>
    /// <param name="yes">Yes codes, e.g. "1-3".</param>
    /// <param name="valid">Valid codes, e.g. "1-7".</param>
    /// <returns>The rule.</returns>
    /// <exception cref="InvalidInputException">A text that is not a list of integers or ranges.</exception>
    public static MeasureRule Parse(string yes, string valid) => new(ParseCodes(yes), ParseCodes(valid));

    /// <summary>1 when <paramref name="code"/> is yes, 0 when valid but not yes, NaN when not valid (or NaN).</summary>
    /// <param name="code">An answer code (NaN = missing; non-integers are never valid).</param>
    /// <returns>The 0/1 indicator or NaN.</returns>
    public double Indicator(double code)
    {
        if (double.IsNaN(code) || code != Math.Floor(code) || code < int.MinValue || code > int.MaxValue)
        {
            return double.NaN;
        }

        var c = (int)code;
        if (c is >= 0 and < TableSize)
        {
            return _table[c];
        }

        if (!ValidCodes.Contains(c))
        {
            return double.NaN;
        }

        return YesCodes.Contains(c) ? 1.0 : 0.0;
    }

    /// <summary>Parses "1-3", "1,2,5" or "1-3,5" into a set of codes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The codes.</returns>
    /// <exception cref="InvalidInputException">Malformed text or an empty set.</exception>
    public static IReadOnlySet<int> ParseCodes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var set = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0
                && int.TryParse(part.AsSpan(0, dash), NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(part.AsSpan(dash + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var to)
                && from <= to)
            {
                for (var c = from; c <= to; c++)
                {
                    set.Add(c);
                }
            }
            else if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var single))
            {
                set.Add(single);
            }
            else
            {
                throw new InvalidInputException($"'{text}' is not a list of codes or ranges such as 1-3 or 1,2,5");
            }
        }

        if (set.Count == 0)
        {
            throw new InvalidInputException($"'{text}' names no codes");
        }

        return set;
    }

    private static double[] BuildTable(IReadOnlySet<int> yes, IReadOnlySet<int> valid)
    {
        ArgumentNullException.ThrowIfNull(yes);
        ArgumentNullException.ThrowIfNull(valid);
        var table = new double[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = !valid.Contains(c) ? double.NaN : yes.Contains(c) ? 1.0 : 0.0;
        }

        return table;
    }

    private static HashSet<int> Range(int from, int to) => [.. Enumerable.Range(from, to - from + 1)];
}
