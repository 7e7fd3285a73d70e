namespace Satisfaction.Cli.Commands.Ringback.Screen;

/// <summary>Line mode output: plain lines, no colours or cursor movement (for screen readers, logs and pipes).</summary>
public sealed class PlainScreenOutput(TextWriter writer) : IScreenOutput
{
    /// <inheritdoc />
    public void NewScreen(string title)
    {
        writer.WriteLine();
        writer.WriteLine("== " + title + " ==");
    }

    /// <inheritdoc />
    public void Line(string text, bool strong = false) => writer.WriteLine(text);

    /// <inheritdoc />
    public void Warn(string text) => writer.WriteLine("! " + text);

    /// <inheritdoc />
    public void Keys(string text) => writer.WriteLine("keys: " + text);

    /// <inheritdoc />
    public void Prompt(string text)
    {
        writer.Write(text);
        writer.Flush();
    }
}
