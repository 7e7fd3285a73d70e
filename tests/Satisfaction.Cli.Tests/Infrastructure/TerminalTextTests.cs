using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Satisfaction.Cli.Tests.Infrastructure;

public sealed class TerminalTextTests
{
    [Fact]
    public void Safe_AnsiSequenceAndBrackets_ControlsBecomeVisibleBracketsStay()
    {
        Assert.Equal("\u241b[31mCR1\u241b[0m [red]x[/]", TerminalText.Safe("\u001b[31mCR1\u001b[0m [red]x[/]"));
    }

    [Theory]
    [InlineData("a\tb\r\nc\0", "a\u2409b\u240d\u240ac\u2400")]
    [InlineData("del\u007f", "del\u2421")]
    [InlineData("csi\u009b31m", "csi\\u009B31m")]
    [InlineData("evil\u202egnp.exe", "evil\\u202Egnp.exe")]
    [InlineData("Caf\u00e9 \u00a35 \u65e5\u672c", "Caf\u00e9 \u00a35 \u65e5\u672c")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Safe_EveryControlCharacter_IsShownNeverSent(string? text, string expected) =>
        Assert.Equal(expected, TerminalText.Safe(text));

    [Fact]
    public void Safe_TextWithoutControls_IsTheSameInstance()
    {
        const string text = "burglary/EAST [x]";

        Assert.Same(text, TerminalText.Safe(text));
    }

    [Fact]
    public void SafeLines_KeepsLineBreaksBetweenLinesOnly()
    {
        Assert.Equal("one\u241b\ntwo\r\nthree\u240d", TerminalText.SafeLines("one\u001b\ntwo\r\nthree\r"));
    }

    [Fact]
    public void Markup_InATable_PrintsBracketsAndPicturesLiterally()
    {
        var console = new TestConsole();
        var table = new Table().AddColumn("stratum").AddRow(TerminalText.Markup("asb/[red]EA\u001b[5mST[/]"));

        console.Write(table);

        Assert.Contains("asb/[red]EA\u241b[5mST[/]", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', console.Output);
    }
}
