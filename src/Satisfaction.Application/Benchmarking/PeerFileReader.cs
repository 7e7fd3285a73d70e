using System.Globalization;
using System.Text;
using Satisfaction.Core;
using Satisfaction.Core.Benchmarking;
using Satisfaction.Core.Text;

namespace Satisfaction.Application.Benchmarking;

/// <summary>
/// Reads a peer file of published force figures (CSV, UTF-8, comma-separated, header row) into
/// <see cref="PeerFigure"/>s; the columns and their checks are <see cref="PeerFileRows"/>'s.
/// </summary>
public static class PeerFileReader
{
    /// <summary>Reads the whole file (peer files are small: 43 forces x a few measures and periods).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="displayName">Name used in messages (default: the file name).</param>
    /// <exception cref="InvalidInputException">The file is missing, empty, not CSV, or has bad rows (every one listed).</exception>
    public static IReadOnlyList<PeerFigure> Read(string path, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = displayName ?? Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{name}: no such file");
        }

        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return Read(reader, name);
    }

    /// <summary>Reads peer figures from an open reader.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="name">Name used in messages.</param>
    /// <exception cref="InvalidInputException">Empty input, malformed CSV, or bad rows.</exception>
    public static IReadOnlyList<PeerFigure> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            var csv = new CsvRecordReader(reader, name);
            if (!csv.TryRead(out var firstRecord))
            {
                throw new InvalidInputException($"{name}: the file is empty; it needs a header row ({string.Join(",", PeerFileRows.RequiredColumns)},ci_low,ci_high)");
            }

            string[] header = [.. firstRecord]; // the reader reuses its field list: copy each record
            var rows = new List<(long Line, IReadOnlyList<string> Cells)>();
            while (csv.TryRead(out var record))
            {
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (record.Count != header.Length)
                {
                    throw InvalidInputException.At(name, csv.RecordLine, null,
                        string.Create(CultureInfo.InvariantCulture, $"the row has {record.Count} fields but the header has {header.Length}"));
                }

                rows.Add((csv.RecordLine, [.. record]));
            }

            return PeerFileRows.Parse(name, header, rows);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidInputException($"{name}: not UTF-8 text ({e.Message}); save the file as CSV UTF-8");
        }
    }
}
