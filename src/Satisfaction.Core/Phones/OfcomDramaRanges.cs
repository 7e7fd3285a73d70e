namespace Satisfaction.Core.Phones;

/// <summary>
/// Ofcom's telephone numbers reserved for TV and radio drama: never allocated to a provider, so they
/// never ring a real person. Demo data and tests use them only. libphonenumber's metadata treats some of
/// them (01632 960xxx, 0115 496 0xxx, 07700 900xxx) as unallocated, hence this explicit list.
/// </summary>
/// <remarks>Each range is 1,000 numbers: a 7-digit national-significant-number prefix plus 3 digits.</remarks>
public static class OfcomDramaRanges
{
    /// <summary>
    /// The geographic (fixed-line) drama ranges as 7-digit national-significant-number prefixes, e.g.
    /// <c>1134960</c> for 0113 496 0000 to 0113 496 0999.
    /// </summary>
    public static IReadOnlyList<string> FixedLinePrefixes { get; } =
    [
        "1134960", // Leeds 0113 496 0xxx
        "1144960", // Sheffield 0114 496 0xxx
        "1154960", // Nottingham 0115 496 0xxx
        "1164960", // Leicester 0116 496 0xxx
        "1174960", // Bristol 0117 496 0xxx
        "1184960", // Reading 0118 496 0xxx
        "1214960", // Birmingham 0121 496 0xxx
        "1314960", // Edinburgh 0131 496 0xxx
        "1414960", // Glasgow 0141 496 0xxx
        "1514960", // Liverpool 0151 496 0xxx
        "1614960", // Manchester 0161 496 0xxx
        "1914980", // Tyneside, Durham, Sunderland 0191 498 0xxx
        "2079460", // London 020 7946 0xxx
        "2896496", // Northern Ireland 028 9649 6xxx
        "2920180", // Cardiff 029 2018 0xxx
        "1632960", // no area 01632 960xxx
    ];

    /// <summary>The mobile drama range as a 7-digit prefix: 07700 900000 to 07700 900999.</summary>
    public const string MobilePrefix = "7700900";

    /// <summary>
    /// The kind of line when <paramref name="nationalNumber"/> (national significant number, no leading 0)
    /// lies in a drama range; <see cref="PhoneNumberKind.None"/> otherwise.
    /// </summary>
    public static PhoneNumberKind Classify(string nationalNumber)
    {
        ArgumentNullException.ThrowIfNull(nationalNumber);
        if (nationalNumber.Length != 10)
        {
            return PhoneNumberKind.None;
        }

        var prefix = nationalNumber.AsSpan(0, 7);
        if (prefix.SequenceEqual(MobilePrefix))
        {
            return PhoneNumberKind.Mobile;
        }

        foreach (var fixedPrefix in FixedLinePrefixes)
        {
            if (prefix.SequenceEqual(fixedPrefix))
            {
                return PhoneNumberKind.FixedLine;
            }
        }

        return PhoneNumberKind.None;
    }
}
