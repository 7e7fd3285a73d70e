using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Satisfaction.Application.Exports;

/// <summary>Parquet (Parquet.Net): nullable string and double columns, a row group every <see cref="RowGroupSize"/> rows.</summary>
internal sealed class ParquetRowSink : IRowSink
{
    /// <summary>Rows per row group: bounds the memory held.</summary>
    public const int RowGroupSize = 50_000;

    private readonly Stream _stream;
    private readonly IReadOnlyList<ExportColumn> _columns;
    private readonly DataField[] _fields;
    private readonly string?[][] _text;
    private readonly double?[][] _numbers;
    private ParquetWriter? _writer;
    private int _count;

    public ParquetRowSink(Stream stream, IReadOnlyList<ExportColumn> columns)
    {
        _stream = stream;
        _columns = columns;
        _fields = [.. columns.Select(c => c.Numeric ? (DataField)new DataField<double?>(c.Name) : new DataField<string>(c.Name, true))];
        _text = [.. columns.Select(c => c.Numeric ? [] : new string?[RowGroupSize])];
        _numbers = [.. columns.Select(c => c.Numeric ? new double?[RowGroupSize] : [])];
    }

    public async ValueTask WriteAsync(string?[] cells, CancellationToken cancellationToken)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (_columns[i].Numeric)
            {
                _numbers[i][_count] = cells[i] is { Length: > 0 } t ? double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
            }
            else
            {
                _text[i][_count] = cells[i];
            }
        }

        if (++_count == RowGroupSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_count > 0 || _writer is null)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                if (_columns[i].Numeric)
                {
                    await group.WriteAsync<double>(_fields[i], new ReadOnlyMemory<double?>(_numbers[i], 0, _count), cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await group.WriteAsync(_fields[i], new ArraySegment<string>(_text[i]!, 0, _count), null).ConfigureAwait(false);
                }
            }

            group.CompleteValidate();
        }

        _count = 0;
    }
}
