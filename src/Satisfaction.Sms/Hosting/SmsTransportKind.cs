namespace Satisfaction.Sms.Hosting;

/// <summary>How texts leave the service.</summary>
public enum SmsTransportKind
{
    /// <summary>Recorded in the store and printed; nothing leaves the machine.</summary>
    Offline,

    /// <summary>Sent with the Twilio library.</summary>
    Twilio,
}
