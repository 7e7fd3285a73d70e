using Satisfaction.Application.Statistics;
using Satisfaction.Core;

namespace Satisfaction.Application.Tests.Statistics;

public sealed class CsvTableTests
{
    [Fact]
    public void Doubles_TextInNumericColumn_NamesFileLineAndColumn()
    {
        var table = CsvTable.Read(new StringReader("id,w\n1,2.5\n2,heavy\n"), "resp.csv");

        var ex = Assert.Throws<InvalidInputException>(() => table.Doubles("w"));

        Assert.Equal("resp.csv:3: column 'w': 'heavy' is not a number.", ex.Message);
    }

    [Fact]
    public void ColumnIndex_MissingColumn_ListsTheColumnsThereAre()
    {
        var table = CsvTable.Read(new StringReader("id,w\n1,2\n"), "resp.csv");

        var ex = Assert.Throws<InvalidInputException>(() => table.ColumnIndex("stratum"));

        Assert.Contains("column 'stratum'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("id, w", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RaggedRow_IsRejectedWithItsLine()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CsvTable.Read(new StringReader("a,b\n1,2\n3\n"), "f.csv"));

        Assert.StartsWith("f.csv:3:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_AssignsLevelsInOrderOfFirstAppearance()
    {
        var table = CsvTable.Read(new StringReader("g\nb\na\nb\n"), "f.csv");

        var codes = table.Codes("g", out var levels);

        Assert.Equal([0, 1, 0], codes);
        Assert.Equal(["b", "a"], levels);
    }

    [Fact]
    public void WriteWith_AppendsColumnsAndRoundTrips()
    {
        var table = CsvTable.Read(new StringReader("id,name\n1,\"a,b\"\n"), "f.csv");
        using var writer = new StringWriter();

        table.WriteWith(writer, ["weight"], (i, _) => "2.5");

        Assert.Equal("id,name,weight\n1,\"a,b\",2.5\n", writer.ToString());
    }
}
