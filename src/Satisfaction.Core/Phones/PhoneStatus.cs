namespace Satisfaction.Core.Phones;

/// <summary>Whether a phone field held a number and whether that number can be called.</summary>
public enum PhoneStatus
{
    /// <summary>The field was empty or blank.</summary>
    Empty = 0,

    /// <summary>A valid UK fixed-line, mobile or VoIP number, normalised to E.164.</summary>
    Usable,

    /// <summary>Something was given but it is not a callable UK number (malformed, foreign, premium, ...).</summary>
    Unusable,
}
