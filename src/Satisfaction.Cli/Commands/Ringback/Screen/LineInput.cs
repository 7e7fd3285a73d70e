namespace Satisfaction.Cli.Commands.Ringback.Screen;

/// <summary>Line mode: every input is a line (a key is the line's first character; an empty line is Enter).</summary>
public sealed class LineInput(TextReader reader) : IHandlerInput
{
    /// <inheritdoc />
    public bool Lines => true;

    /// <inheritdoc />
    public char? ReadKey()
    {
        var line = reader.ReadLine();
        return line is null ? null : line.Trim() is { Length: > 0 } t ? t[0] : KeyInput.Enter;
    }

    /// <inheritdoc />
    public string? ReadLine() => reader.ReadLine();
}
