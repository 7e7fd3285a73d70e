namespace Satisfaction.Core.Phones;

/// <summary>What kind of line a normalised UK number is, as far as the numbering plan tells.</summary>
public enum PhoneNumberKind
{
    /// <summary>No usable number (empty, malformed, not UK, or a service number).</summary>
    None = 0,

    /// <summary>A geographic fixed line (national significant number starting 1 or 2).</summary>
    FixedLine,

    /// <summary>A mobile (07 except 070 and 076).</summary>
    Mobile,

    /// <summary>Fixed line or mobile (the plan cannot tell).</summary>
    FixedLineOrMobile,

    /// <summary>A VoIP number (056).</summary>
    Voip,
}
