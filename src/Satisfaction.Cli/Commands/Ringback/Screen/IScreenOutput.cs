namespace Satisfaction.Cli.Commands.Ringback.Screen;

/// <summary>Where the screen is drawn: the full terminal (Spectre) or plain lines. Text given is already safe for the terminal.</summary>
public interface IScreenOutput
{
    /// <summary>Starts a new screen (clears the terminal in full-screen mode; a separator line in line mode).</summary>
    void NewScreen(string title);

    /// <summary>A line of text; <paramref name="strong"/> for what the handler reads out or must see.</summary>
    void Line(string text, bool strong = false);

    /// <summary>A warning or refusal.</summary>
    void Warn(string text);

    /// <summary>The keys available now.</summary>
    void Keys(string text);

    /// <summary>A prompt before a line of input (no line break).</summary>
    void Prompt(string text);
}
