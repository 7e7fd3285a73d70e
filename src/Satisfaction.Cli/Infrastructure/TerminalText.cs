using System.Buffers;
using System.Globalization;
using System.Text;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Text read from data (an extract, the store, a definition file) made safe to show on a terminal: a control
/// character never reaches it, so an escape sequence cannot recolour, move the cursor or rewrite what a call
/// handler reads, and markup brackets print as themselves in Spectre output.
/// </summary>
/// <remarks>
/// C0 controls become their Unicode control pictures (ESC <c>U+001B</c> shows as <c>␛</c>, LF as <c>␊</c>, TAB as
/// <c>␉</c>), DEL as <c>␡</c>: visible and one column wide, so tables stay aligned. C1 controls (e.g. CSI
/// <c>U+009B</c>) and the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which
/// have no picture, become the text <c>\u009B</c>. Everything else, non-ASCII letters included, is unchanged.
/// </remarks>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Range('\u0000', '\u001F'), .. Range('\u007F', '\u009F'), .. Range('\u202A', '\u202E'), .. Range('\u2066', '\u2069')]);

    /// <summary>For plain output (a <see cref="TextWriter"/>): control characters made visible; null becomes empty.</summary>
    public static string Safe(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>As <see cref="Safe"/>, but line breaks (LF, CR LF) between lines are kept: for a multi-line message.</summary>
    public static string SafeLines(string? text) => Escape(text, keepLineBreaks: true);

    /// <summary>For Spectre markup (table cells, <c>Markup</c>): <see cref="Safe"/>, then <c>[</c> and <c>]</c> escaped.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Safe(text));

    private static string Escape(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (keepLineBreaks && (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')))
            {
                sb.Append(c);
            }
            else if (c <= '\u001F')
            {
                sb.Append((char)('\u2400' + c));
            }
            else if (c == '\u007F')
            {
                sb.Append('\u2421');
            }
            else if (Unsafe.Contains(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<char> Range(char first, char last)
    {
        for (var c = first; c <= last; c++)
        {
            yield return c;
        }
    }
}
