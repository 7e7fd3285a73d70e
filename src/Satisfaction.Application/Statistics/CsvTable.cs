using System.Globalization;
using Satisfaction.Core;
using Satisfaction.Core.Text;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// A CSV file with a header row, read whole into memory for analysis commands, that reports every
/// problem with the file name, the physical line and the column.
/// </summary>
/// <remarks>
/// For files of analysis size (up to a few million cells). Large imports stream instead.
/// Cells are kept as text; typed accessors parse a whole column at once and fail on the first bad cell.
/// </remarks>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<string[]> _rows;
    private readonly List<long> _lines;

    private CsvTable(string fileName, string[] headers, List<string[]> rows, List<long> lines)
    {
        FileName = fileName;
        Headers = headers;
        _rows = rows;
        _lines = lines;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            if (!_columns.TryAdd(headers[i], i))
            {
                throw InvalidInputException.At(fileName, 1, headers[i], "the header names this column twice.");
            }
        }
    }

    /// <summary>The file name as the user gave it, used in messages.</summary>
    public string FileName { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Number of data rows (the header is not a row).</summary>
    public int RowCount => _rows.Count;

    /// <summary>
    /// Reads <paramref name="path"/>. <paramref name="displayName"/> names the file in messages (default: the path).
    /// </summary>
    /// <exception cref="InvalidInputException">Missing or unreadable file, no header, ragged rows.</exception>
    public static CsvTable Read(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, name);
        }
        catch (FileNotFoundException)
        {
            throw new InvalidInputException($"{name}: file not found.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InvalidInputException($"{name}: folder not found.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{name}: cannot be read (permission denied, or it is a folder).");
        }
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    public static CsvTable Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var csv = new CsvRecordReader(reader, name);
        if (!csv.TryRead(out var header))
        {
            throw new InvalidInputException($"{name}: the file is empty; a header row is expected.");
        }

        var headers = header.Select(h => h.Trim()).ToArray();
        var rows = new List<string[]>();
        var lines = new List<long>();
        while (csv.TryRead(out var record))
        {
            if (record.Count == 1 && record[0].Length == 0)
            {
                continue; // blank line
            }

            if (record.Count != headers.Length)
            {
                throw InvalidInputException.At(name, csv.RecordLine, null,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {record.Count} fields but the header has {headers.Length}."));
            }

            rows.Add([.. record]);
            lines.Add(csv.RecordLine);
        }

        return new CsvTable(name, headers, rows, lines);
    }

    /// <summary>True when the header has <paramref name="column"/>.</summary>
    public bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <summary>Index of <paramref name="column"/>.</summary>
    /// <exception cref="InvalidInputException">The column is missing; the message lists the columns there are.</exception>
    public int ColumnIndex(string column) =>
        _columns.TryGetValue(column, out var index)
            ? index
            : throw InvalidInputException.At(FileName, 1, column,
                $"no such column; the header has: {string.Join(", ", Headers)}.");

    /// <summary>The text of one cell (row is 0-based over data rows).</summary>
    public string Cell(int row, int column) => _rows[row][column];

    /// <summary>The physical line (1-based, header = 1) of data row <paramref name="row"/> (0-based).</summary>
    public long LineOf(int row) => _lines[row];

    /// <summary>All cells of a column as text.</summary>
    public string[] Strings(string column)
    {
        var c = ColumnIndex(column);
        var values = new string[_rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _rows[i][c];
        }

        return values;
    }

    /// <summary>
    /// A numeric column. Empty cells become NaN when <paramref name="allowMissing"/>, else they are errors.
    /// </summary>
    /// <exception cref="InvalidInputException">A cell is not a number; the message names file, line and column.</exception>
    public double[] Doubles(string column, bool allowMissing = false)
    {
        var c = ColumnIndex(column);
        var values = new double[_rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var text = _rows[i][c].Trim();
            if (text.Length == 0 || text.Equals("NA", StringComparison.Ordinal))
            {
                if (!allowMissing)
                {
                    throw InvalidInputException.At(FileName, _lines[i], column, "the cell is empty; a number is expected.");
                }

                values[i] = double.NaN;
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw InvalidInputException.At(FileName, _lines[i], column, $"'{Shorten(text)}' is not a number.");
            }
        }

        return values;
    }

    /// <summary>
    /// A categorical column as level codes 0..L-1 in order of first appearance, with the level texts.
    /// </summary>
    public int[] Codes(string column, out string[] levels)
    {
        var c = ColumnIndex(column);
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[_rows.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var text = _rows[i][c];
            if (!map.TryGetValue(text, out var code))
            {
                code = map.Count;
                map.Add(text, code);
            }

            codes[i] = code;
        }

        levels = new string[map.Count];
        foreach (var (text, code) in map)
        {
            levels[code] = text;
        }

        return codes;
    }

    /// <summary>
    /// Writes the table back out with extra columns (for example <c>weight</c> and <c>rep_1..rep_R</c>): an
    /// extra column whose name the table already has replaces that column in place, the others are appended.
    /// Cells are written with <see cref="CsvText"/>, the one CSV writer of the <c>stats</c> commands.
    /// </summary>
    /// <param name="writer">Destination.</param>
    /// <param name="extraHeaders">Names of the extra columns.</param>
    /// <param name="extraCell">Text of extra column <c>j</c> for data row <c>i</c>: (i, j) =&gt; text.</param>
    public void WriteWith(TextWriter writer, IReadOnlyList<string> extraHeaders, Func<int, int, string> extraCell)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(extraHeaders);
        ArgumentNullException.ThrowIfNull(extraCell);
        var replaces = new int[Headers.Count];
        Array.Fill(replaces, -1);
        var appended = new List<int>(extraHeaders.Count);
        for (var j = 0; j < extraHeaders.Count; j++)
        {
            if (_columns.TryGetValue(extraHeaders[j], out var c))
            {
                replaces[c] = j;
            }
            else
            {
                appended.Add(j);
            }
        }

        var cells = new string[Headers.Count + appended.Count];
        for (var c = 0; c < Headers.Count; c++)
        {
            cells[c] = Headers[c];
        }

        for (var k = 0; k < appended.Count; k++)
        {
            cells[Headers.Count + k] = extraHeaders[appended[k]];
        }

        CsvText.WriteRow(writer, cells);
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            for (var c = 0; c < row.Length; c++)
            {
                cells[c] = replaces[c] < 0 ? row[c] : extraCell(i, replaces[c]);
            }

            for (var k = 0; k < appended.Count; k++)
            {
                cells[row.Length + k] = extraCell(i, appended[k]);
            }

            CsvText.WriteRow(writer, cells);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
