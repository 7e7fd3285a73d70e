using System.Globalization;
using Satisfaction.Data.Entities;

namespace Satisfaction.Sms.Transport;

/// <summary>
/// Sends nothing: the text stays recorded in the store's outbox (marked sent with an <c>OFFLINE</c> SID) and is
/// printed to <see cref="Console.Out"/> with the number masked to its last three digits.
/// </summary>
public sealed class OfflineSmsTransport(TextWriter? output = null) : ISmsTransport
{
    private readonly TextWriter output = output ?? Console.Out;

    /// <inheritdoc />
    public string Name => "offline (texts are stored and printed; nothing leaves the machine)";

    /// <inheritdoc />
    public Task<SmsSendResult> SendAsync(SmsOutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var masked = message.ToPhone.Length > 3 ? "***" + message.ToPhone[^3..] : "***";
        lock (output)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[sms offline] #{message.Id} to {masked}: {message.Body.ReplaceLineEndings(" ")}"));
        }

        return Task.FromResult(new SmsSendResult(string.Create(CultureInfo.InvariantCulture, $"OFFLINE{message.Id:D26}"), "sent"));
    }

    /// <inheritdoc />
    public Task<string?> FindSentAsync(SmsOutboxMessage message, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
