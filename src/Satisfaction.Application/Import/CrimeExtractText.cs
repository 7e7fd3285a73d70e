using System.Text;
using Satisfaction.Core;

namespace Satisfaction.Application.Import;

/// <summary>
/// Opens a recorded-crime extract as text in a stated encoding, strictly: a UTF-8 file with a byte that is not
/// UTF-8 is refused with the line and byte offset of that byte (never decoded with replacement characters).
/// </summary>
public static class CrimeExtractText
{
    private const int BufferSize = 1 << 16;

    /// <summary>The encoding names <see cref="TryParseEncoding"/> takes, for messages and help.</summary>
    public const string EncodingNames = "utf-8, windows-1252";

    /// <summary>Parses an encoding name: <c>utf-8</c> (or <c>utf8</c>), <c>windows-1252</c> (or <c>cp1252</c>); any case.</summary>
    public static bool TryParseEncoding(string? name, out CrimeExtractEncoding encoding)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "UTF-8" or "UTF8":
                encoding = CrimeExtractEncoding.Utf8;
                return true;
            case "WINDOWS-1252" or "CP1252":
                encoding = CrimeExtractEncoding.Windows1252;
                return true;
            default:
                encoding = default;
                return false;
        }
    }

    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayName">The file as the user named it, for messages.</param>
    /// <param name="encoding">How the bytes are to be read.</param>
    /// <returns>The text; reading it throws <see cref="InvalidInputException"/> at the first byte that is not UTF-8 (UTF-8 only).</returns>
    /// <exception cref="InvalidInputException">The file cannot be opened, or it is UTF-8 (byte-order mark) but Windows-1252 was asked for.</exception>
    public static TextReader Open(string path, string displayName, CrimeExtractEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{displayName}: cannot read the file: {ex.Message}", ex);
        }

        try
        {
            return Open(stream, displayName, encoding);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads <paramref name="stream"/> (disposed with the reader) as text; see <see cref="Open(string, string, CrimeExtractEncoding)"/>.
    /// The UTF-8 byte-order-mark check for Windows-1252 needs a seekable stream and is skipped otherwise.
    /// </summary>
    public static TextReader Open(Stream stream, string displayName, CrimeExtractEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayName);
        switch (encoding)
        {
            case CrimeExtractEncoding.Utf8:
                // The checking stream throws before the decoder sees a bad byte (the decoder would throw too, as an
                // internal error, were a bad byte ever to get past it). The encoding's preamble makes the reader skip a
                // UTF-8 byte-order mark, even one split over reads; a UTF-16 one is not UTF-8 and is refused.
                return new StreamReader(
                    new StrictUtf8Stream(stream, displayName), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
                    detectEncodingFromByteOrderMarks: false, BufferSize);
            case CrimeExtractEncoding.Windows1252:
                if (stream.CanSeek)
                {
                    var origin = stream.Position;
                    Span<byte> start = stackalloc byte[3];
                    var read = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
                    stream.Position = origin;
                    if (read == 3 && start.SequenceEqual("\uFEFF"u8))
                    {
                        throw InvalidInputException.At(displayName, 1, null, "the file starts with a UTF-8 byte-order mark: it is UTF-8, so leave out --encoding windows-1252");
                    }
                }

                // Every byte is a character; the five bytes Windows-1252 leaves undefined read as C1 control
                // characters, which the extract reader refuses with their line and column.
                var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
                    ?? throw new InvalidOperationException("Windows-1252 is not available.");
                return new StreamReader(stream, windows1252, detectEncodingFromByteOrderMarks: false, BufferSize);
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding.");
        }
    }
}
