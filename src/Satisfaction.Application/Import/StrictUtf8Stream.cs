using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Satisfaction.Core;

namespace Satisfaction.Application.Import;

/// <summary>
/// A read-only pass-through stream that checks the bytes are UTF-8 as they are read, and throws at the first
/// byte that is not, naming its line and byte offset, so that a file in another encoding is refused instead
/// of being decoded with replacement characters. Sequences split between reads are checked whole.
/// </summary>
internal sealed class StrictUtf8Stream(Stream inner, string file) : Stream
{
    private readonly byte[] _tail = new byte[4];
    private int _tailLength;
    private long _tailOffset;
    private long _offset;      // bytes before the current read
    private long _line = 1;    // line of the first byte of the current read
    private long _lineStart;   // offset of the first byte of that line

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _offset;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Check(buffer[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(buffer.Span[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Bytes a sequence starting with <paramref name="lead"/> takes (2 to 4), or 0 when it cannot start one.</summary>
    private static int SequenceLength(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    private void Check(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            if (_tailLength > 0)
            {
                throw Error(_tailOffset, _tail[0], data, "the file ends in the middle of a UTF-8 sequence");
            }

            return;
        }

        var start = 0;
        if (_tailLength > 0)
        {
            var need = SequenceLength(_tail[0]);
            while (_tailLength < need && start < data.Length)
            {
                _tail[_tailLength++] = data[start++];
            }

            if (_tailLength < need)
            {
                CheckPrefix(_tail.AsSpan(0, _tailLength), _tailOffset, data);
            }
            else
            {
                if (Rune.DecodeFromUtf8(_tail.AsSpan(0, _tailLength), out _, out var consumed) != System.Buffers.OperationStatus.Done || consumed != need)
                {
                    throw Error(_tailOffset, _tail[0], data, null);
                }

                _tailLength = 0;
            }
        }

        var body = data[start..];
        var end = body.Length;
        for (var i = body.Length - 1; i >= Math.Max(0, body.Length - 3); i--)
        {
            var b = body[i];
            if (b < 0x80)
            {
                break;
            }

            if (b >= 0xC0)
            {
                var length = SequenceLength(b);
                if (length > body.Length - i)
                {
                    end = i;
                }

                break;
            }
        }

        var whole = body[..end];
        if (!Utf8.IsValid(whole))
        {
            var at = FirstInvalid(whole);
            throw Error(_offset + start + at, whole[at], data, null);
        }

        if (end < body.Length)
        {
            // The reader downstream decodes what it is given at once: a sequence cut by the end of this read must be
            // a valid start already.
            CheckPrefix(body[end..], _offset + start + end, data);
            body[end..].CopyTo(_tail);
            _tailLength = body.Length - end;
            _tailOffset = _offset + start + end;
        }

        _line += data.Count((byte)'\n');
        var lastBreak = data.LastIndexOf((byte)'\n');
        if (lastBreak >= 0)
        {
            _lineStart = _offset + lastBreak + 1;
        }

        _offset += data.Length;
    }

    private void CheckPrefix(ReadOnlySpan<byte> partial, long at, ReadOnlySpan<byte> data)
    {
        if (Rune.DecodeFromUtf8(partial, out _, out _) == System.Buffers.OperationStatus.InvalidData)
        {
            throw Error(at, partial[0], data, null);
        }
    }

    /// <summary>The error for the bad byte at file offset <paramref name="at"/>; <paramref name="data"/> is the current read.</summary>
    private InvalidInputException Error(long at, byte value, ReadOnlySpan<byte> data, string? reason)
    {
        var line = _line;
        var lineStart = _lineStart;
        if (at >= _offset)
        {
            var before = data[..(int)(at - _offset)];
            line += before.Count((byte)'\n');
            var lastBreak = before.LastIndexOf((byte)'\n');
            if (lastBreak >= 0)
            {
                lineStart = _offset + lastBreak + 1;
            }
        }

        var inv = CultureInfo.InvariantCulture;
        var what = reason ?? string.Create(inv, $"byte 0x{value:X2} is not valid UTF-8");
        var hint = at == 0 && value is 0xFF or 0xFE
            ? "the file starts with a UTF-16 byte-order mark: save it as UTF-8 (\"CSV UTF-8\")"
            : "save the file as UTF-8 (\"CSV UTF-8\"), or, if it is a Windows export, read it with --encoding windows-1252";
        return InvalidInputException.At(file, line, null, string.Create(inv, $"{what} (byte offset {at} in the file, byte {at - lineStart + 1} of the line); {hint}"));
    }
}
