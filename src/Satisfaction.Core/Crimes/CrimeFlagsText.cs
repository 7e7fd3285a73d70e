using System.Text;

namespace Satisfaction.Core.Crimes;

/// <summary>
/// Converts <see cref="CrimeFlags"/> to and from the semicolon-separated text list used in CSV files
/// and in the store (e.g. <c>domestic_abuse;hate</c>).
/// </summary>
public static class CrimeFlagsText
{
    /// <summary>The separator between flag names.</summary>
    public const char Separator = ';';

    /// <summary>
    /// Formats flags as names in declaration order joined by <see cref="Separator"/>;
    /// <see cref="CrimeFlags.None"/> gives the empty string. Unknown bits are ignored.
    /// </summary>
    public static string Format(CrimeFlags flags)
    {
        if (flags == CrimeFlags.None)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var flag in EnumCodes.Values<CrimeFlags>())
        {
            if (flag != CrimeFlags.None && (flags & flag) == flag)
            {
                if (text.Length > 0)
                {
                    text.Append(Separator);
                }

                text.Append(EnumCodes.ToCode(flag));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Parses a flag list. Names are case-insensitive, surrounding spaces and empty items are ignored,
    /// duplicates are allowed. Null or blank text gives <see cref="CrimeFlags.None"/>.
    /// </summary>
    /// <param name="text">The list, e.g. <c>"hate; vulnerable"</c>.</param>
    /// <param name="flags">The parsed flags, or <see cref="CrimeFlags.None"/> on failure.</param>
    /// <param name="unknown">The first name that is not a flag, or null on success.</param>
    /// <returns>True when every item is a known flag name.</returns>
    public static bool TryParse(string? text, out CrimeFlags flags, out string? unknown)
    {
        flags = CrimeFlags.None;
        unknown = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var item in text.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!EnumCodes.TryParse<CrimeFlags>(item, out var flag) || flag == CrimeFlags.None)
            {
                flags = CrimeFlags.None;
                unknown = item;
                return false;
            }

            flags |= flag;
        }

        return true;
    }

    /// <summary>Parses a flag list, throwing on an unknown name.</summary>
    /// <exception cref="InvalidInputException">An item is not a known flag name.</exception>
    public static CrimeFlags Parse(string? text) =>
        TryParse(text, out var flags, out var unknown)
            ? flags
            : throw new InvalidInputException($"'{unknown}' is not a known flag; expected one of: {string.Join(", ", EnumCodes.Codes<CrimeFlags>().Where(c => c != "none"))}.");
}
