using Microsoft.AspNetCore.Routing;
using Satisfaction.Sms.Hosting;

namespace Satisfaction.Web;

/// <summary>The SMS webhooks (<c>POST /sms/inbound</c>, <c>POST /sms/status</c>, signed by Twilio) in <c>serve</c>.</summary>
public sealed class SmsWebhooksModule : IEndpointModule
{
    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapSmsEndpoints();
}
