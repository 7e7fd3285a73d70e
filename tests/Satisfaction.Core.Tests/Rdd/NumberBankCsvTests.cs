using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rdd;

public sealed class NumberBankCsvTests
{
    [Fact]
    public void Parse_GoodFile_ReadsBanksAndSkipsComments()
    {
        const string text = "# comment\narea_code,local_prefix,listed_residential\n0113,49600,12\n\n020,794609,0\n01632,9605,100\n";

        var banks = NumberBankCsv.Parse(new StringReader(text), "banks.csv");

        Assert.Equal(3, banks.Count);
        Assert.Equal(new NumberBank("0113", "49600", 12), banks[0]);
        Assert.Equal("11349600", banks[0].Prefix);
        Assert.Equal("+441134960007", banks[0].NumberAt(7));
        Assert.Equal("+442079460999", banks[1].NumberAt(99));
        Assert.Equal(100, banks[2].ListedResidential);
    }

    [Fact]
    public void Parse_BadRows_ListsEveryOneWithLineAndColumn()
    {
        const string text = "area_code,local_prefix,listed_residential\n0113,49600,12\n0713,49600,1\n0113,4960x,1\n0113,49601,101\n0113,49600,3\n0113,496,3\n";

        var ex = Assert.Throws<InvalidInputException>(() => NumberBankCsv.Parse(new StringReader(text), "banks.csv"));

        Assert.Contains("banks.csv:3: column 'area_code'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("banks.csv:4: column 'local_prefix'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("banks.csv:5: column 'listed_residential'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("banks.csv:6: bank 0113 49600xx is listed twice", ex.Message, StringComparison.Ordinal);
        Assert.Contains("banks.csv:7: column 'local_prefix'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongHeader_NamesTheExpectedColumns()
    {
        var ex = Assert.Throws<InvalidInputException>(() => NumberBankCsv.Parse(new StringReader("code,prefix,listed\n"), "b.csv"));

        Assert.Contains("area_code,local_prefix,listed_residential", ex.Message, StringComparison.Ordinal);
    }
}
