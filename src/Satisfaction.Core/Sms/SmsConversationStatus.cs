namespace Satisfaction.Core.Sms;

/// <summary>Where an SMS conversation stands.</summary>
public enum SmsConversationStatus
{
    /// <summary>A question is waiting for a reply.</summary>
    Open,

    /// <summary>Routing reached the end; the thank-you was sent.</summary>
    Completed,

    /// <summary>The respondent opted out (STOP); nothing more is sent.</summary>
    Stopped,

    /// <summary>No reply within the expiry time; closed as a partial or a non-response.</summary>
    Expired,
}
