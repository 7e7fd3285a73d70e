namespace Satisfaction.Core.Questionnaires;

/// <summary>The size of an SMS text.</summary>
/// <param name="Encoding">Encoding the text needs.</param>
/// <param name="Units">Length in that encoding's units (GSM-7 septets, extension characters counting 2; or UTF-16 units).</param>
/// <param name="SinglePartLimit">Most units that fit one part: 160 (GSM-7) or 70 (UCS-2).</param>
public sealed record SmsSize(SmsEncoding Encoding, int Units, int SinglePartLimit)
{
    /// <summary>True when the text fits one SMS part.</summary>
    public bool FitsOnePart => Units <= SinglePartLimit;
}
