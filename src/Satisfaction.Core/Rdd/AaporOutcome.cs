namespace Satisfaction.Core.Rdd;

/// <summary>The AAPOR outcome-rate symbol a final disposition code counts under (Standard Definitions).</summary>
public enum AaporOutcome
{
    /// <summary>I: complete interview (1.1).</summary>
    Complete,

    /// <summary>P: partial interview (1.2).</summary>
    Partial,

    /// <summary>R: refusal or break-off (2.1x).</summary>
    Refusal,

    /// <summary>NC: non-contact (2.2x).</summary>
    NonContact,

    /// <summary>O: other eligible non-interview (2.3x, 2.9x).</summary>
    Other,

    /// <summary>UH: unknown if household (3.1x).</summary>
    UnknownHousehold,

    /// <summary>UO: unknown, other (3.2x, 3.9x).</summary>
    UnknownOther,

    /// <summary>NE: not eligible (4.x).</summary>
    NotEligible,
}
