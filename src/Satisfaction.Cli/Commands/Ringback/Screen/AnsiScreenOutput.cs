using Spectre.Console;

namespace Satisfaction.Cli.Commands.Ringback.Screen;

/// <summary>Full-screen output on a Spectre console: each screen clears the terminal; colours for emphasis.</summary>
public sealed class AnsiScreenOutput(IAnsiConsole console) : IScreenOutput
{
    /// <inheritdoc />
    public void NewScreen(string title)
    {
        console.Clear(home: true);
        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
    }

    /// <inheritdoc />
    public void Line(string text, bool strong = false) =>
        console.MarkupLine(strong ? "[bold]" + Markup.Escape(text) + "[/]" : Markup.Escape(text));

    /// <inheritdoc />
    public void Warn(string text) => console.MarkupLine("[yellow]" + Markup.Escape(text) + "[/]");

    /// <inheritdoc />
    public void Keys(string text) => console.MarkupLine("[grey]" + Markup.Escape(text) + "[/]");

    /// <inheritdoc />
    public void Prompt(string text) => console.Markup("[cyan]" + Markup.Escape(text) + "[/]");
}
