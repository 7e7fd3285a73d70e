namespace Satisfaction.Core.Sms;

/// <summary>What to do about an open conversation with no reply: nothing yet, send the one reminder, or expire it.</summary>
public enum SmsFollowUp
{
    /// <summary>Wait.</summary>
    None,

    /// <summary>Send the reminder (only inside permitted SMS hours).</summary>
    Remind,

    /// <summary>Close it: partial when the core measures were answered, else a non-response.</summary>
    Expire,
}
