using System.Buffers;
using System.Globalization;

namespace Satisfaction.Application.Import;

/// <summary>Finds characters that must not be stored from an extract: they would act on a terminal or hide text.</summary>
internal static class FieldText
{
    // C0 controls, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
    // U+2066-U+2069), which reorder what a reader sees.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Range('\u0000', '\u001F'), .. Range('\u007F', '\u009F'), .. Range('\u202A', '\u202E'), .. Range('\u2066', '\u2069')]);

    private static readonly SearchValues<char> ControlsButLineBreaks = SearchValues.Create(
        [.. Range('\u0000', '\u001F').Where(c => c is not '\n' and not '\r'), .. Range('\u007F', '\u009F'), .. Range('\u202A', '\u202E'), .. Range('\u2066', '\u2069')]);

    /// <summary>Index of the first control character in <paramref name="value"/>, or -1.</summary>
    /// <param name="value">A field's text.</param>
    /// <param name="allowLineBreaks">True to let CR and LF through (a quoted multi-line field).</param>
    public static int IndexOfControl(string value, bool allowLineBreaks) =>
        value.AsSpan().IndexOfAny(allowLineBreaks ? ControlsButLineBreaks : Controls);

    /// <summary>The character as <c>U+001B (ESC)</c>, naming the common ones.</summary>
    public static string Describe(char c)
    {
        var name = c switch
        {
            '\0' => " (NUL)",
            '\a' => " (BEL)",
            '\b' => " (BS)",
            '\t' => " (TAB)",
            '\n' => " (LF, a line break)",
            '\r' => " (CR, a carriage return)",
            '\u001B' => " (ESC, starts a terminal escape sequence)",
            '\u007F' => " (DEL)",
            '\u009B' => " (CSI, starts a terminal escape sequence)",
            >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => " (a bidirectional text control)",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}{name}");
    }

    private static IEnumerable<char> Range(char first, char last)
    {
        for (var c = first; c <= last; c++)
        {
            yield return c;
        }
    }
}
