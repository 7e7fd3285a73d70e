using Microsoft.AspNetCore.Routing;

namespace Satisfaction.Web;

/// <summary>
/// A set of HTTP endpoints <c>satisfaction serve</c> hosts. Register an implementation in the container
/// (<c>services.AddEndpointModule&lt;T&gt;()</c>); the host calls every registered module's <see cref="Map"/> once
/// at start (e.g. the SMS webhooks' <c>MapSmsEndpoints</c>).
/// </summary>
public interface IEndpointModule
{
    /// <summary>Maps the module's endpoints.</summary>
    void Map(IEndpointRouteBuilder endpoints);
}
