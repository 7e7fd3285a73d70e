using Satisfaction.Core.Benchmarking;

namespace Satisfaction.Core.Tests.Benchmarking;

public sealed class PeerFileRowsTests
{
    private static readonly string[] Header = ["force", "in_msg", "measure", "period_end", "respondents", "satisfied_pct", "ci_low", "ci_high"];

    [Fact]
    public void Parse_GoodRows_IntervalOptional()
    {
        var figures = PeerFileRows.Parse("peers.csv", Header, [
            (2, ["Lancashire", "true", "whole_experience", "2008-03-31", "1100", "78.6", "76.2", "81.0"]),
            (3, ["Cumbria", "FALSE", "whole_experience", "2008-03-31", "800", "88.4", "", ""]),
        ]);

        Assert.Equal(
            [
                new PeerFigure("Lancashire", true, "whole_experience", new DateOnly(2008, 3, 31), 1100, 78.6, 76.2, 81.0),
                new PeerFigure("Cumbria", false, "whole_experience", new DateOnly(2008, 3, 31), 800, 88.4, null, null),
            ],
            figures);
    }

    [Fact]
    public void Parse_ColumnsInAnyOrder_WithoutIntervalColumns()
    {
        var figures = PeerFileRows.Parse("peers.csv", ["satisfied_pct", "respondents", "period_end", "measure", "in_msg", "force", "notes"], [
            (2, ["90.8", "950", "2008-03-31", "whole_experience", "false", "Northumbria", "best"]),
        ]);

        Assert.Equal(90.8, Assert.Single(figures).SatisfiedPct);
    }

    [Fact]
    public void Parse_MissingColumn_SaysWhich()
    {
        var error = Assert.Throws<InvalidInputException>(() => PeerFileRows.Parse("peers.csv", ["force", "measure", "ci_low"], []));

        Assert.StartsWith("peers.csv:1: missing column(s) in_msg, period_end, respondents, satisfied_pct, ci_high", error.Message);
    }

    [Fact]
    public void Parse_BadCells_EveryOneWithFileLineColumn()
    {
        var error = Assert.Throws<InvalidInputException>(() => PeerFileRows.Parse("peers.csv", Header, [
            (2, ["Lancashire", "yes", "whole_experience", "31/03/2008", "0", "78.6%", "", ""]),
            (5, ["Cumbria", "false", "whole_experience", "2008-03-31", "800", "88.4", "89.0", "91.0"]),
            (6, ["Durham", "false", "whole_experience", "2008-03-31", "800", "88.4", "86.0", ""]),
        ]));

        Assert.Equal(
            [
                "peers.csv:2: column 'in_msg': 'yes' is not true or false",
                "peers.csv:2: column 'period_end': '31/03/2008' is not a date yyyy-MM-dd",
                "peers.csv:2: column 'respondents': '0' is not a whole number, 1 or more",
                "peers.csv:2: column 'satisfied_pct': '78.6%' is not a percentage from 0 to 100 (digits and a decimal point, no % sign)",
                "peers.csv:5: column 'ci_low': the interval [89, 91] must lie within 0-100 and contain satisfied_pct 88.4",
                "peers.csv:6: column 'ci_low': give both ci_low and ci_high, or neither",
            ],
            error.Message.Split(Environment.NewLine));
    }
}
