using System.Globalization;
using Microsoft.Extensions.Options;

namespace Satisfaction.Sms.Hosting;

/// <summary>Checks <see cref="SmsOptions"/> at start; every problem names its key.</summary>
public sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    /// <summary>The transport the options choose: <c>Sms:Transport</c>, else Twilio when both credentials are set, else offline.</summary>
    public static SmsTransportKind TransportOf(SmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Transport?.Trim().ToUpperInvariant() switch
        {
            "TWILIO" => SmsTransportKind.Twilio,
            "OFFLINE" => SmsTransportKind.Offline,
            _ => !string.IsNullOrWhiteSpace(options.Twilio.AccountSid) && !string.IsNullOrWhiteSpace(options.Twilio.AuthToken)
                ? SmsTransportKind.Twilio
                : SmsTransportKind.Offline,
        };
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Transport is { } t && t.Trim().ToUpperInvariant() is not ("TWILIO" or "OFFLINE"))
        {
            problems.Add($"Sms:Transport: '{t}' is not a transport; use twilio or offline");
        }

        if (TransportOf(options) == SmsTransportKind.Twilio)
        {
            var tw = options.Twilio;
            if (string.IsNullOrWhiteSpace(tw.AccountSid))
            {
                problems.Add("Sms:Twilio:AccountSid is required with the twilio transport");
            }

            if (string.IsNullOrWhiteSpace(tw.AuthToken))
            {
                problems.Add("Sms:Twilio:AuthToken is required with the twilio transport");
            }

            if (string.IsNullOrWhiteSpace(tw.From) && string.IsNullOrWhiteSpace(tw.MessagingServiceSid))
            {
                problems.Add("Sms:Twilio:From or Sms:Twilio:MessagingServiceSid is required with the twilio transport");
            }

            if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
            {
                problems.Add("Sms:PublicBaseUrl is required with the twilio transport (status callbacks and signatures use it)");
            }
        }

        CheckUrl(options.PublicBaseUrl, "Sms:PublicBaseUrl", problems);
        CheckUrl(options.Twilio.ApiBaseUrl, "Sms:Twilio:ApiBaseUrl", problems);
        if (double.IsNaN(options.MaxPerSecond) || options.MaxPerSecond < 0.1 || options.MaxPerSecond > 1000)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Sms:MaxPerSecond: {options.MaxPerSecond} is out of range; give 0.1 to 1000 texts a second"));
        }

        if (options.SuppressionKey is { } key && key.Length < 16)
        {
            problems.Add("Sms:SuppressionKey must be at least 16 characters (or unset, to generate one)");
        }

        if (options.ReminderAfter < TimeSpan.FromMinutes(1))
        {
            problems.Add("Sms:ReminderAfter must be at least 00:01:00");
        }

        if (options.ExpireAfter <= options.ReminderAfter)
        {
            problems.Add("Sms:ExpireAfter must be longer than Sms:ReminderAfter");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckUrl(string? value, string key, List<string> problems)
    {
        if (value is null)
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            problems.Add($"{key}: '{value}' is not an absolute http(s) URL without query (e.g. https://survey.force.example)");
        }
    }
}
