using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Satisfaction.Sms.Hosting;
using Satisfaction.Sms.Transport;

namespace Satisfaction.Sms.Outbox;

/// <summary>
/// Sends the outbox in the background of a host (<c>satisfaction serve</c>): at once when texts are stored, else every
/// second. Logs the transport in use at start.
/// </summary>
public sealed class SmsOutboxWorker(SmsOutboxSender sender, SmsOutboxSignal signal, ISmsTransport transport, IOptions<SmsOptions> options, ILogger<SmsOutboxWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("SMS transport: {Transport}; at most {Rate} texts a second", transport.Name, options.Value.MaxPerSecond);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.SendDueAsync(500, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "SMS outbox pass failed; retried in a second");
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
        }
    }
}
