using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands;

/// <summary><c>satisfaction info</c>: what the program would use, without touching anything.</summary>
public sealed class InfoCommand(CliHost host) : Command<GlobalSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var version = typeof(InfoCommand).Assembly.GetName().Version?.ToString() ?? "unknown";
        host.Out.WriteLine($"satisfaction {version}");
        host.Out.WriteLine($"store: {host.DatabasePath(settings)}");
        host.Out.WriteLine($"today: {host.Today(settings).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return ExitCodes.Ok;
    }
}
