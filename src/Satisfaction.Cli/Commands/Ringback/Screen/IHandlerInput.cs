namespace Satisfaction.Cli.Commands.Ringback.Screen;

/// <summary>What the handler types: single keys for menus and answers, lines for numbers, text and times.</summary>
public interface IHandlerInput
{
    /// <summary>True in line mode (<c>--plain</c> or redirected): every input is a line ended by Enter.</summary>
    bool Lines { get; }

    /// <summary>The next key (line mode: the first character of the next line; Enter for an empty line); null when input has ended.</summary>
    char? ReadKey();

    /// <summary>A line of text (Enter ends it; Escape cancels: null); null when input has ended.</summary>
    string? ReadLine();
}
