using System.Text;

namespace Satisfaction.Core.Text;

/// <summary>
/// A streaming RFC 4180 CSV reader: comma-separated fields, optional double quotes (a quote inside a
/// quoted field is doubled), quoted fields may span lines, LF or CRLF line ends. It keeps the physical
/// line number of each record so errors can name it.
/// </summary>
/// <remarks>
/// Memory does not grow with the file: one record at a time. A leading UTF-8 byte-order mark is ignored.
/// A quote inside an unquoted field, or text after a closing quote, is an error naming the line.
/// </remarks>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly string _name;
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private long _line = 1;
    private bool _first = true;

    /// <summary>Reads from <paramref name="reader"/>; <paramref name="name"/> names the source in errors.</summary>
    public CsvRecordReader(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _name = name;
    }

    /// <summary>Physical line (1-based) on which the last record returned started.</summary>
    public long RecordLine { get; private set; }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/>. Returns false at the end of the input.
    /// A blank line is returned as a record with one empty field.
    /// </summary>
    /// <exception cref="InvalidInputException">Malformed quoting; the message names the line.</exception>
    public bool TryRead(out IReadOnlyList<string> fields)
    {
        _fields.Clear();
        _field.Clear();
        RecordLine = _line;
        var c = _reader.Read();
        if (_first)
        {
            _first = false;
            if (c == '\uFEFF')
            {
                c = _reader.Read();
            }
        }

        if (c < 0)
        {
            fields = _fields;
            return false;
        }

        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            if (c < 0)
            {
                if (quoted)
                {
                    throw InvalidInputException.At(_name, RecordLine, null, "a quoted field is not closed before the end of the file.");
                }

                break;
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                    }

                    _field.Append(ch);
                }
            }
            else if (ch == ',')
            {
                _fields.Add(_field.ToString());
                _field.Clear();
                afterQuote = false;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                _line++;
                break;
            }
            else if (afterQuote)
            {
                throw InvalidInputException.At(_name, _line, null, $"unexpected '{ch}' after a closing quote; quote the whole field.");
            }
            else if (ch == '"')
            {
                if (_field.Length > 0)
                {
                    throw InvalidInputException.At(_name, _line, null, "a quote inside an unquoted field; quote the field and double the inner quotes.");
                }

                quoted = true;
            }
            else
            {
                _field.Append(ch);
            }

            c = _reader.Read();
        }

        _fields.Add(_field.ToString());
        fields = _fields;
        return true;
    }

    /// <summary>Quotes a field for CSV output when it holds a comma, quote or line break.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? field
            : string.Concat("\"", field.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
    }
}
