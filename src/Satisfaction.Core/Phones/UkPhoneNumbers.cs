using System.Globalization;
using PhoneNumbers;

namespace Satisfaction.Core.Phones;

/// <summary>
/// Normalises UK phone numbers written any common way (<c>0113 496 0123</c>, <c>(0113) 4960123</c>,
/// <c>+44 (0)113 496 0123</c>, <c>0044...</c>, <c>44...</c>, or 10 digits whose leading 0 a spreadsheet
/// dropped) to E.164, and checks them against the UK numbering plan with libphonenumber-csharp.
/// </summary>
/// <remarks>
/// Usable means a valid fixed-line, mobile or VoIP number (or one in Ofcom's drama ranges); free-phone,
/// premium, shared-cost, personal (070) and pager numbers are not numbers a victim can be rung back on.
/// The common formats are parsed by hand (about 3 µs a number); anything else goes through
/// libphonenumber's full parser. Pure and thread-safe.
/// </remarks>
public static class UkPhoneNumbers
{
    private const int UkCountryCode = 44;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Normalises one number; never throws on bad input (the result says why it is unusable).</summary>
    /// <param name="input">The number as written; null or blank gives <see cref="PhoneNormalisation.Empty"/>.</param>
    public static PhoneNormalisation Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return PhoneNormalisation.Empty;
        }

        return TryNationalNumber(input, out var national, out var reason)
            ? Classify(national)
            : reason is null ? ParseSlowly(input) : PhoneNormalisation.Unusable(reason);
    }

    /// <summary>
    /// True when <paramref name="e164"/> is a valid UK geographic fixed-line number in E.164
    /// (<c>+441...</c> or <c>+442...</c>), including Ofcom's geographic drama ranges.
    /// </summary>
    public static bool IsGeographicFixedLine(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        if (!e164.StartsWith("+44", StringComparison.Ordinal) || e164.Length < 5 || (e164[3] != '1' && e164[3] != '2'))
        {
            return false;
        }

        var result = Normalise(e164);
        return result.IsUsable
            && string.Equals(result.E164, e164, StringComparison.Ordinal)
            && result.Kind is PhoneNumberKind.FixedLine or PhoneNumberKind.FixedLineOrMobile;
    }

    /// <summary>The E.164 form of a UK national significant number (no leading 0), e.g. <c>1134960123</c>.</summary>
    public static string ToE164(string nationalNumber)
    {
        ArgumentNullException.ThrowIfNull(nationalNumber);
        return "+44" + nationalNumber;
    }

    private static PhoneNormalisation Classify(string national)
    {
        if (national.Length is < 9 or > 10)
        {
            return PhoneNormalisation.Unusable("a UK number has 9 or 10 digits after the leading 0");
        }

        var drama = OfcomDramaRanges.Classify(national);
        if (drama != PhoneNumberKind.None)
        {
            return new PhoneNormalisation(PhoneStatus.Usable, ToE164(national), drama, true, null);
        }

        var number = new PhoneNumber.Builder()
            .SetCountryCode(UkCountryCode)
            .SetNationalNumber(ulong.Parse(national, NumberStyles.None, CultureInfo.InvariantCulture))
            .Build();
        var kind = Util.GetNumberType(number) switch
        {
            PhoneNumberType.FIXED_LINE => PhoneNumberKind.FixedLine,
            PhoneNumberType.MOBILE => PhoneNumberKind.Mobile,
            PhoneNumberType.FIXED_LINE_OR_MOBILE => PhoneNumberKind.FixedLineOrMobile,
            PhoneNumberType.VOIP => PhoneNumberKind.Voip,
            PhoneNumberType.UNKNOWN => (PhoneNumberKind?)null,
            _ => PhoneNumberKind.None,
        };
        return kind switch
        {
            null => PhoneNormalisation.Unusable("not a valid number in the UK numbering plan"),
            PhoneNumberKind.None => PhoneNormalisation.Unusable("a service number (free-phone, premium, shared-cost, personal or pager), not a personal line"),
            _ => new PhoneNormalisation(PhoneStatus.Usable, ToE164(national), kind.Value, false, null),
        };
    }

    private static PhoneNormalisation ParseSlowly(string input)
    {
        try
        {
            var number = Util.Parse(input, "GB");
            if (number.CountryCode != UkCountryCode)
            {
                return PhoneNormalisation.Unusable("not a UK number");
            }

            return Classify(number.NationalNumber.ToString(CultureInfo.InvariantCulture));
        }
        catch (NumberParseException)
        {
            return PhoneNormalisation.Unusable("not a phone number");
        }
    }

    /// <summary>
    /// Fast path for digits with the usual separators. False with a reason: definitely unusable;
    /// false without one: an unusual format for the full parser.
    /// </summary>
    private static bool TryNationalNumber(string input, out string national, out string? reason)
    {
        national = string.Empty;
        reason = null;
        Span<char> digits = stackalloc char[24];
        var count = 0;
        var plus = false;
        var text = input.AsSpan().Trim();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (count == digits.Length)
                {
                    reason = "too many digits for a phone number";
                    return false;
                }

                digits[count++] = c;
            }
            else if (c == '+' && i == 0)
            {
                plus = true;
            }
            else if (c == '(' && i + 2 < text.Length && text[i + 1] == '0' && text[i + 2] == ')')
            {
                i += 2; // "+44 (0)113": the trunk 0 in brackets is not dialled from abroad
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/' or '\t'))
            {
                return false;
            }
        }

        ReadOnlySpan<char> d = digits[..count];
        if (plus || d.StartsWith("00"))
        {
            var afterPlus = plus ? d : d[2..];
            if (!afterPlus.StartsWith("44"))
            {
                reason = "not a UK number (the country code is not +44)";
                return false;
            }

            d = afterPlus[2..];
        }
        else if (d.StartsWith("0"))
        {
            d = d[1..];
        }
        else if (d.Length == 12 && d.StartsWith("44"))
        {
            d = d[2..];
        }
        else if (!(d.Length == 10 && d[0] is '1' or '2' or '7'))
        {
            reason = "not a UK number (no leading 0 or +44)";
            return false;
        }

        if (d.StartsWith("0"))
        {
            d = d[1..]; // "+44 0113 ..." written with the trunk 0
        }

        national = d.ToString();
        return true;
    }
}
