using Satisfaction.Data.Entities;

namespace Satisfaction.Sms.Transport;

/// <summary>Sends one stored text. Implementations throw <see cref="SmsTransportException"/> for a provider error.</summary>
public interface ISmsTransport
{
    /// <summary>Which transport this is, for the start-up log line.</summary>
    string Name { get; }

    /// <summary>Sends <paramref name="message"/>; returns the provider's message SID and status.</summary>
    Task<SmsSendResult> SendAsync(SmsOutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// After a crash between the API call and recording its result: the SID of a message already accepted for
    /// <paramref name="message"/> (same number and body, created since it was claimed), or null when none was.
    /// </summary>
    Task<string?> FindSentAsync(SmsOutboxMessage message, CancellationToken cancellationToken);
}
