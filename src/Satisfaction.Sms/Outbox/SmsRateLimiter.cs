using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Satisfaction.Sms.Hosting;

namespace Satisfaction.Sms.Outbox;

/// <summary>
/// The one send-rate limit of the process (<c>Sms:MaxPerSecond</c>, default 10): a token bucket of one token refilled
/// every 1/MaxPerSecond seconds, shared by every job and request that sends, so texts are evenly spaced.
/// </summary>
public sealed class SmsRateLimiter : IDisposable
{
    private readonly TokenBucketRateLimiter limiter;

    /// <summary>Creates the limiter from validated options.</summary>
    public SmsRateLimiter(IOptions<SmsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / options.Value.MaxPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Waits for the right to send one text.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The SMS rate limiter refused a lease.");
        }
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
