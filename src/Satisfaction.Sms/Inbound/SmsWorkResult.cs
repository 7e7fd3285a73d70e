namespace Satisfaction.Sms.Inbound;

/// <summary>What the writer did with one webhook's work.</summary>
public enum SmsWorkResult
{
    /// <summary>Stored and acted on.</summary>
    Done,

    /// <summary>The MessageSid was seen before: acknowledged, nothing changed.</summary>
    Duplicate,

    /// <summary>A status for a message this service did not send: acknowledged, nothing changed.</summary>
    Unknown,
}
