namespace Satisfaction.Core.Rdd;

/// <summary>
/// A UK geographic 100-bank: the 100 numbers that share every digit but the last two, e.g.
/// area code <c>0113</c> and local prefix <c>49600</c> for 0113 496 0000 to 0113 496 0099.
/// </summary>
/// <param name="AreaCode">Area code with its leading 0, 3 to 6 digits, starting 01 or 02 (e.g. <c>0113</c>, <c>020</c>).</param>
/// <param name="LocalPrefix">The local number without its last two digits (e.g. <c>49600</c>).</param>
/// <param name="ListedResidential">Directory-listed residential numbers in the bank, 0 to 100.</param>
public sealed record NumberBank(string AreaCode, string LocalPrefix, int ListedResidential)
{
    /// <summary>Numbers in a bank: the last two digits run 00 to 99.</summary>
    public const int Size = 100;

    /// <summary>
    /// The bank's national-significant-number prefix (area code without its 0, then the local prefix),
    /// e.g. <c>11349600</c>; numbers in the bank are this plus two digits.
    /// </summary>
    public string Prefix => AreaCode[1..] + LocalPrefix;

    /// <summary>The bank as people write it, e.g. <c>0113 49600xx</c>.</summary>
    public string Display => $"{AreaCode} {LocalPrefix}xx";

    /// <summary>The E.164 number with final two digits <paramref name="lastTwoDigits"/> (0 to 99).</summary>
    public string NumberAt(int lastTwoDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastTwoDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastTwoDigits, Size - 1);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"+44{Prefix}{lastTwoDigits:00}");
    }
}
