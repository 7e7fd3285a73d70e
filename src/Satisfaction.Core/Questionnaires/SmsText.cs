namespace Satisfaction.Core.Questionnaires;

/// <summary>Measures SMS texts against the GSM 03.38 alphabet.</summary>
public static class SmsText
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    /// <summary>
    /// The encoding and length of <paramref name="text"/>: GSM-7 (limit 160 per part; <c>^{}\[~]|€</c> count 2)
    /// when every character is in the GSM-7 alphabet, else UCS-2 (limit 70 UTF-16 units per part).
    /// Curly quotes and apostrophes (’ “ ”) are not GSM-7. Empty text is 0 GSM-7 units.
    /// </summary>
    public static SmsSize Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
            {
                septets++;
            }
            else if (Extension.Contains(c, StringComparison.Ordinal))
            {
                septets += 2;
            }
            else
            {
                return new SmsSize(SmsEncoding.Ucs2, text.Length, 70);
            }
        }

        return new SmsSize(SmsEncoding.Gsm7, septets, 160);
    }
}
