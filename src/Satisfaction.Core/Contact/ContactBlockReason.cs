namespace Satisfaction.Core.Contact;

/// <summary>Why contact is not permitted at the instant asked about.</summary>
public enum ContactBlockReason
{
    /// <summary>Contact is permitted now.</summary>
    None,

    /// <summary>A permitted day, before the channel's start time.</summary>
    BeforeHours,

    /// <summary>A permitted day, at or after the channel's end time.</summary>
    AfterHours,

    /// <summary>A Sunday, and the channel's Sundays are not permitted.</summary>
    Sunday,

    /// <summary>A bank holiday in England and Wales.</summary>
    BankHoliday,
}
