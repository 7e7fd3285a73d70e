namespace Satisfaction.Core.Contact;

/// <summary>How a person is contacted; each channel has its own permitted hours.</summary>
public enum ContactChannel
{
    /// <summary>Text message (default hours 09:00-20:00 UK time).</summary>
    Sms,

    /// <summary>Telephone call: ring-backs and RDD interviews (default hours 09:00-21:00 UK time).</summary>
    Phone,
}
