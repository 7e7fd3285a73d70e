using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Satisfaction.Sms.Inbound;

namespace Satisfaction.Sms.Hosting;

/// <summary>Mounts the Twilio webhooks in a host (e.g. <c>satisfaction serve</c>).</summary>
public static class SmsEndpoints
{
    /// <summary>Maps <c>POST /sms/inbound</c> and <c>POST /sms/status</c> (needs <see cref="SmsServiceCollectionExtensions.AddSatisfactionSms"/>).</summary>
    public static IEndpointRouteBuilder MapSmsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/sms/inbound", (HttpContext context, SmsWebhooks hooks) => hooks.InboundAsync(context)).DisableAntiforgery();
        endpoints.MapPost("/sms/status", (HttpContext context, SmsWebhooks hooks) => hooks.StatusAsync(context)).DisableAntiforgery();
        return endpoints;
    }
}
