using Satisfaction.Core.Text;

namespace Satisfaction.Core.Tests.Text;

public sealed class CsvRecordReaderTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text), "t.csv");
        var result = new List<(long, string[])>();
        while (reader.TryRead(out var fields))
        {
            result.Add((reader.RecordLine, fields.ToArray()));
        }

        return result;
    }

    [Fact]
    public void TryRead_QuotedFieldsWithCommasQuotesAndNewlines_AreUnquotedAndLinesCounted()
    {
        var rows = ReadAll("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row");

        Assert.Equal(4, rows.Count);
        Assert.Equal(["x,1", "say \"hi\""], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal(["two\nlines", "z"], rows[2].Fields);
        Assert.Equal(3, rows[2].Line);
        Assert.Equal(5, rows[3].Line);
    }

    [Fact]
    public void TryRead_ByteOrderMarkAndEmptyFields_AreHandled()
    {
        var rows = ReadAll("\uFEFFid,,x\n1,,\n");

        Assert.Equal(["id", "", "x"], rows[0].Fields);
        Assert.Equal(["1", "", ""], rows[1].Fields);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void TryRead_UnclosedQuote_NamesTheLineWhereTheRecordStarts()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ReadAll("a\nok\n\"never closed\nmore"));

        Assert.StartsWith("t.csv:3:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_QuoteInsideUnquotedField_IsAnError()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ReadAll("a\nab\"c\n"));

        Assert.Contains("t.csv:2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"x\"", "\"say \"\"x\"\"\"")]
    public void Escape_QuotesOnlyWhenNeeded(string field, string expected) =>
        Assert.Equal(expected, CsvRecordReader.Escape(field));
}
