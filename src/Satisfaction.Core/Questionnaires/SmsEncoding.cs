namespace Satisfaction.Core.Questionnaires;

/// <summary>How an SMS text is encoded on the network.</summary>
public enum SmsEncoding
{
    /// <summary>GSM 03.38 7-bit default alphabet: 160 characters in one part; extension characters count 2.</summary>
    Gsm7,

    /// <summary>UCS-2 (any character outside GSM-7): 70 UTF-16 units in one part.</summary>
    Ucs2,
}
