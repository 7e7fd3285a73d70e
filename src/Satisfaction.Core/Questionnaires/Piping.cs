using System.Text.RegularExpressions;

namespace Satisfaction.Core.Questionnaires;

/// <summary>Pipes sample values into question text: <c>{sample.crime_type}</c> becomes the case's crime type.</summary>
public static partial class Piping
{
    /// <summary>The sample keys a text pipes in, with the 0-based offset of each placeholder, in order.</summary>
    public static IReadOnlyList<(string Key, int Offset)> Placeholders(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. PlaceholderPattern().Matches(text).Select(m => (m.Groups[1].Value, m.Index))];
    }

    /// <summary>Braces that are not a well-formed <c>{sample.KEY}</c> placeholder, with their offsets.</summary>
    public static IReadOnlyList<(string Text, int Offset)> MalformedPlaceholders(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. AnyBraces().Matches(text).Where(m => !PlaceholderPattern().IsMatch(m.Value)).Select(m => (m.Value, m.Index))];
    }

    /// <summary>Replaces every <c>{sample.KEY}</c> with the sample value.</summary>
    /// <exception cref="InvalidInputException">A placeholder names a key the sample does not have.</exception>
    public static string Apply(string text, IReadOnlyDictionary<string, string> sample)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sample);
        return PlaceholderPattern().Replace(text, m => sample.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidInputException($"the text needs sample value '{m.Groups[1].Value}', which the case does not have"));
    }

    [GeneratedRegex(@"\{sample\.([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\{[^{}]*\}?", RegexOptions.CultureInvariant)]
    private static partial Regex AnyBraces();
}
