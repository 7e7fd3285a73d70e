using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Web;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Serve;

/// <summary>
/// <c>satisfaction serve</c>: the ASP.NET Core host (Kestrel) running the Quartz scheduler and the HTTP endpoints,
/// until stopped (Ctrl+C or SIGTERM: running jobs finish first).
/// </summary>
public sealed class ServeCommand(CliHost host, IConfiguration configuration) : AsyncCommand<ServeSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var started = Stopwatch.StartNew();
        var clock = settings.Now is { } now ? new ServiceClock(ServiceClock.ParseUkLocal(now), settings.Speed ?? 1, host.Time) : null;
        var app = SatisfactionWebHost.Build(new ServeOptions(settings.Urls, clock ?? host.Time), services =>
        {
            services.AddSingleton(host);
            CliApp.AddProgram(services, configuration, host, clock);
        });
        await using (app.ConfigureAwait(false))
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Satisfaction.Serve");
            if (clock is not null)
            {
                logger.LogWarning("Demo clock: --now {Now} --speed {Speed}: the service's time starts at {Start:o} and is not the real time", settings.Now, clock.Speed, clock.GetUtcNow());
            }

            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Service ready on {Urls} in {Milliseconds} ms", settings.Urls, started.ElapsedMilliseconds);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
