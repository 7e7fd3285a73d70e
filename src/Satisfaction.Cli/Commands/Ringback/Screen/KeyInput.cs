using System.Text;
using Spectre.Console;

namespace Satisfaction.Cli.Commands.Ringback.Screen;

/// <summary>Keys from the terminal (or Spectre's <c>TestConsole</c>): one key at a time, lines echoed as typed.</summary>
public sealed class KeyInput(IAnsiConsole console) : IHandlerInput
{
    /// <summary>The character standing for Enter.</summary>
    public const char Enter = '\r';

    /// <summary>The character standing for Escape.</summary>
    public const char Escape = '\u001b';

    /// <summary>The character standing for Backspace.</summary>
    public const char Backspace = '\b';

    /// <inheritdoc />
    public bool Lines => false;

    /// <inheritdoc />
    public char? ReadKey()
    {
        var key = console.Input.ReadKey(intercept: true);
        if (key is not { } k)
        {
            return null;
        }

        return k.Key switch
        {
            ConsoleKey.Enter => Enter,
            ConsoleKey.Escape => Escape,
            ConsoleKey.Backspace => Backspace,
            _ => k.KeyChar == '\0' ? ' ' : k.KeyChar,
        };
    }

    /// <inheritdoc />
    public string? ReadLine()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = console.Input.ReadKey(intercept: true);
            if (key is not { } k)
            {
                return null;
            }

            switch (k.Key)
            {
                case ConsoleKey.Enter:
                    console.WriteLine();
                    return text.ToString();
                case ConsoleKey.Escape:
                    console.WriteLine();
                    return null;
                case ConsoleKey.Backspace:
                    if (text.Length > 0)
                    {
                        text.Length--;
                        console.Write("\b \b");
                    }

                    break;
                default:
                    if (!char.IsControl(k.KeyChar))
                    {
                        text.Append(k.KeyChar);
                        console.Write(k.KeyChar.ToString());
                    }

                    break;
            }
        }
    }
}
