using System.Globalization;
using Satisfaction.Core.Text;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// The one CSV writer of the statistics output: RFC 4180 fields separated by commas, rows ended by <c>\n</c>,
/// numbers in their shortest round-trip form (invariant culture), undefined numbers (NaN) as empty cells.
/// </summary>
public static class CsvText
{
    /// <summary>Writes one row: each cell escaped (quoted only when it holds a comma, quote or line break).</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(CsvRecordReader.Escape(cell));
            first = false;
        }

        writer.Write('\n');
    }

    /// <summary>A number's shortest round-trip text; NaN and infinities (undefined) are empty.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>An integer's text (invariant culture).</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A text cell that is always quoted (doubled inner quotes), so a label such as a domain value is never
    /// read back as a number; null is empty. Pass the result through <see cref="WriteRaw"/>.
    /// </summary>
    public static string Quoted(string? value) => value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Writes one row of cells that are already CSV fields (numbers, <see cref="Quoted"/> text, plain names).</summary>
    public static void WriteRaw(TextWriter writer, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', fields));
        writer.Write('\n');
    }
}
