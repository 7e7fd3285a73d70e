using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Satisfaction.Web;

/// <summary>Registration helpers for the service's HTTP side.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Adds an endpoint module; <c>serve</c> maps every one registered (each type once).</summary>
    public static IServiceCollection AddEndpointModule<T>(this IServiceCollection services)
        where T : class, IEndpointModule
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEndpointModule, T>());
        return services;
    }
}
