using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Forces;
using Satisfaction.Core.Contact;
using Satisfaction.Sms.Conversations;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Inbound;
using Satisfaction.Sms.Outbox;
using Satisfaction.Sms.Transport;

namespace Satisfaction.Sms.Hosting;

/// <summary>Registers the SMS survey: settings (<c>Sms</c>), transport, outbox, webhooks and dispatch.</summary>
public static class SmsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SmsOptions"/> bound strictly from the <c>Sms</c> section and validated at start, the transport
    /// (<c>Sms:Transport</c>), the process-wide rate limiter, the outbox sender and its background worker, the webhook
    /// writer (background) and handlers, and the dispatch use case. Needs the store and the application services, and
    /// uses a registered <see cref="IContactWindowsSource"/>, by default the force's stored hours (<see cref="ForceContactWindows"/>).
    /// </summary>
    public static IServiceCollection AddSatisfactionSms(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SmsOptions>()
            .BindConfiguration(SmsOptions.SectionName, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ForceContactWindows>();
        services.TryAddSingleton<IContactWindowsSource>(sp => sp.GetRequiredService<ForceContactWindows>());
        services.TryAddSingleton<ISmsTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SmsOptions>>();
            return SmsOptionsValidator.TransportOf(options.Value) == SmsTransportKind.Twilio
                ? new TwilioSmsTransport(options)
                : new OfflineSmsTransport();
        });
        services.TryAddSingleton<SmsRateLimiter>();
        services.TryAddSingleton<SmsOutboxSignal>();
        services.TryAddSingleton<SmsPhoneKeys>();
        services.TryAddSingleton<SmsSurvey>();
        services.TryAddSingleton<SmsRecorder>();
        services.TryAddSingleton<SmsOutboxSender>();
        services.TryAddSingleton<SmsInboundWriter>();
        services.TryAddSingleton<SmsWebhooks>();
        services.TryAddSingleton<SmsDispatchService>();
        services.AddHostedService(sp => sp.GetRequiredService<SmsInboundWriter>());
        services.AddHostedService<SmsOutboxWorker>();
        return services;
    }
}
