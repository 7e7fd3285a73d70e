namespace Satisfaction.Data.Entities;

/// <summary>Where a sampled case stands on the SMS channel.</summary>
public enum SmsCaseStatus
{
    /// <summary>Invitation stored; the conversation is open.</summary>
    Invited = 0,

    /// <summary>The interview completed by SMS (complete or partial).</summary>
    Interviewed = 1,

    /// <summary>The victim opted out (STOP or Twilio 21610): no more texts, no ring-back.</summary>
    OptedOut = 2,

    /// <summary>Declined at the first question.</summary>
    Refused = 3,

    /// <summary>No usable answer before expiry.</summary>
    NoResponse = 4,

    /// <summary>The number cannot take texts (Twilio 30003, 30005, 30006, 21211, 21614).</summary>
    Undeliverable = 5,
}
