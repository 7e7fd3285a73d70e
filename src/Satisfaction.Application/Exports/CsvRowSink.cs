using System.Text;

namespace Satisfaction.Application.Exports;

/// <summary>CSV: a header row, RFC 4180 quoting where needed, UTF-8 without a byte-order mark, LF line ends.</summary>
internal sealed class CsvRowSink : IRowSink
{
    private readonly StreamWriter _writer;

    public CsvRowSink(Stream stream, IReadOnlyList<ExportColumn> columns)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', columns.Select(c => Field(c.Name))));
    }

    public ValueTask WriteAsync(string?[] cells, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            if (cells[i] is { } text)
            {
                _writer.Write(Field(text));
            }
        }

        _writer.Write('\n');
        return ValueTask.CompletedTask;
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync().ConfigureAwait(false);

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
