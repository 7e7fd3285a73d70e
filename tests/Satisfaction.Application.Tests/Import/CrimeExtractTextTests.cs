using System.Text;
using Satisfaction.Application.Import;
using Satisfaction.Core;

namespace Satisfaction.Application.Tests.Import;

public sealed class CrimeExtractTextTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Utf8_WindowsBytes_AreRefusedWithLineAndByteOffsetOfTheFirstBadByte()
    {
        // "Café £5" in Windows-1252: 0xE9 for é, 0xA3 for £.
        var bytes = Windows1252.GetBytes("a,b\nok,1\nCaf\u00e9 \u00a35,2\n");

        var ex = Assert.Throws<InvalidInputException>(() => ReadAll(bytes, CrimeExtractEncoding.Utf8));

        Assert.Equal(
            "x.csv:3: byte 0xE9 is not valid UTF-8 (byte offset 12 in the file, byte 4 of the line); " +
            "save the file as UTF-8 (\"CSV UTF-8\"), or, if it is a Windows export, read it with --encoding windows-1252",
            ex.Message);
    }

    [Fact]
    public void Utf8_LoneByteAtTheEndOfARead_IsFoundInTheNextRead()
    {
        // 0xC2 starts a two-byte sequence; one byte per read, so its bad second byte only arrives with the next read.
        var bytes = "ab\n"u8.ToArray().Concat(new byte[] { 0xC2, 0x41 }).ToArray();

        var ex = Assert.Throws<InvalidInputException>(() => ReadAll(bytes, CrimeExtractEncoding.Utf8, bytesPerRead: 1));

        Assert.StartsWith("x.csv:2: byte 0xC2 is not valid UTF-8 (byte offset 3 in the file, byte 1 of the line)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Utf8_ValidText_IsReadWhateverTheReadSize(int bytesPerRead)
    {
        const string text = "crime_ref,location\nCR1,Caf\u00e9 \u00a35 \u20ac \U0001F600 \u65e5\u672c\n";
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal(text, ReadAll(bytes, CrimeExtractEncoding.Utf8, bytesPerRead));
    }

    [Fact]
    public void Utf8_FileEndingInsideASequence_IsRefused()
    {
        var bytes = "a\n"u8.ToArray().Concat(new byte[] { 0xE2, 0x82 }).ToArray();

        var ex = Assert.Throws<InvalidInputException>(() => ReadAll(bytes, CrimeExtractEncoding.Utf8));

        Assert.StartsWith("x.csv:2: the file ends in the middle of a UTF-8 sequence (byte offset 2 in the file, byte 1 of the line)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // beyond U+10FFFF
    [InlineData(new byte[] { 0x80 })] // a continuation byte alone
    public void Utf8_MalformedSequences_AreRefusedAtTheirFirstByte(byte[] bad)
    {
        var bytes = "x,"u8.ToArray().Concat(bad).Concat("\n"u8.ToArray()).ToArray();

        var ex = Assert.Throws<InvalidInputException>(() => ReadAll(bytes, CrimeExtractEncoding.Utf8, bytesPerRead: 2));

        Assert.Contains($"byte 0x{bad[0]:X2} is not valid UTF-8 (byte offset 2 in the file, byte 3 of the line)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_Utf16File_IsRefusedWithAHint()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a,b\n")).ToArray();

        var ex = Assert.Throws<InvalidInputException>(() => ReadAll(bytes, CrimeExtractEncoding.Utf8));

        Assert.Contains("the file starts with a UTF-16 byte-order mark", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252_ReadsPoundAndAccents()
    {
        var bytes = Windows1252.GetBytes("Caf\u00e9 \u00a35 \u20ac\n");

        Assert.Equal("Caf\u00e9 \u00a35 \u20ac\n", ReadAll(bytes, CrimeExtractEncoding.Windows1252));
    }

    [Fact]
    public void Windows1252_Utf8File_IsRefused()
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat("a,b\n"u8.ToArray()).ToArray();

        var ex = Assert.Throws<InvalidInputException>(() => ReadAll(bytes, CrimeExtractEncoding.Windows1252));

        Assert.Equal("x.csv:1: the file starts with a UTF-8 byte-order mark: it is UTF-8, so leave out --encoding windows-1252", ex.Message);
    }

    [Theory]
    [InlineData("utf-8", CrimeExtractEncoding.Utf8)]
    [InlineData("UTF8", CrimeExtractEncoding.Utf8)]
    [InlineData("windows-1252", CrimeExtractEncoding.Windows1252)]
    [InlineData("CP1252", CrimeExtractEncoding.Windows1252)]
    public void TryParseEncoding_KnownNames(string name, CrimeExtractEncoding expected)
    {
        Assert.True(CrimeExtractText.TryParseEncoding(name, out var encoding));
        Assert.Equal(expected, encoding);
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseEncoding_OtherNames_AreRefused(string? name) =>
        Assert.False(CrimeExtractText.TryParseEncoding(name, out _));

    private static string ReadAll(byte[] bytes, CrimeExtractEncoding encoding, int bytesPerRead = int.MaxValue)
    {
        using var reader = CrimeExtractText.Open(new TrickleStream(bytes, bytesPerRead), "x.csv", encoding);
        return reader.ReadToEnd();
    }

    /// <summary>A seekable in-memory stream that returns at most <c>bytesPerRead</c> bytes per read, as a slow pipe would.</summary>
    private sealed class TrickleStream(byte[] bytes, int bytesPerRead) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, bytesPerRead));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, bytesPerRead)]);
    }
}
