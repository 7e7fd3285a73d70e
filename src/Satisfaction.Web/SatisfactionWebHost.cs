using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Satisfaction.Web;

/// <summary>
/// Builds the one ASP.NET Core host of <c>satisfaction serve</c>: Kestrel on <see cref="ServeOptions.Urls"/>, JSON
/// console logs (no request bodies, no EF Core SQL, no personal data), the scheduler as a hosted service, and every
/// <see cref="IEndpointModule"/> mapped (<c>/health</c>, the SMS webhooks, <c>/reports/latest</c>).
/// </summary>
public static class SatisfactionWebHost
{
    /// <summary>Builds the host.</summary>
    /// <param name="options">Addresses and clock.</param>
    /// <param name="addServices">Adds the composition root (store, use cases, scheduling) to the host's container.</param>
    public static WebApplication Build(ServeOptions options, Action<IServiceCollection> addServices)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(addServices);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.IncludeScopes = false;
            o.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Services.AddSingleton(options.Clock);
        addServices(builder.Services);
        builder.Services.AddSingleton<SchedulerHostedService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SchedulerHostedService>());
        builder.Services.AddEndpointModule<HealthEndpoint>();
        builder.Services.AddEndpointModule<SmsWebhooksModule>();
        builder.Services.AddEndpointModule<LatestReportModule>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));

        var app = builder.Build();
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            app.Urls.Add(url);
        }

        foreach (var module in app.Services.GetServices<IEndpointModule>())
        {
            module.Map(app);
        }

        return app;
    }
}
