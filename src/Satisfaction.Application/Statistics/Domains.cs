using Satisfaction.Core;

namespace Satisfaction.Application.Statistics;

/// <summary>Domains from one column or several crossed (R <c>svyby(~a + b)</c>): a code per row and a label per domain.</summary>
public static class Domains
{
    /// <summary>Separates the values of crossed columns in a domain label ("EAST/in_year").</summary>
    public const string Separator = "/";

    /// <summary>
    /// Domain code per row (0..L-1, in order of first appearance) for the crossing of <paramref name="columns"/>,
    /// with the labels: each column's value, joined by <see cref="Separator"/>.
    /// </summary>
    /// <exception cref="InvalidInputException">A column is missing, or named twice.</exception>
    public static int[] Codes(CsvTable table, IReadOnlyList<string> columns, out string[] labels)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 1)
        {
            return table.Codes(columns[0], out labels);
        }

        var repeated = columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw InvalidInputException.At(table.FileName, null, repeated.Key, "--by names this column twice.");
        }

        var values = columns.Select(table.Strings).ToArray();
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[table.RowCount];
        var names = new List<string>();
        for (var i = 0; i < codes.Length; i++)
        {
            var label = string.Join(Separator, values.Select(v => v[i]));
            if (!map.TryGetValue(label, out var code))
            {
                code = map.Count;
                map.Add(label, code);
                names.Add(label);
            }

            codes[i] = code;
        }

        labels = [.. names];
        return codes;
    }
}
