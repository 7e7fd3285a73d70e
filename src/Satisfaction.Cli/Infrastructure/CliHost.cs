using Microsoft.Extensions.Configuration;
using Satisfaction.Core.Time;
using Spectre.Console;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// What a command may touch of the outside world: its output streams, the clock, configuration and
/// the working folder. Tests build one over string writers and a fake clock.
/// </summary>
/// <param name="Out">Standard output: machine-readable results (JSON, CSV) and tables.</param>
/// <param name="Error">Standard error: messages, summaries and errors.</param>
/// <param name="Time">The clock; commands use <c>--as-of</c> first when given.</param>
/// <param name="Configuration">Configuration (appsettings.json in the working folder, then SATISFACTION_ environment variables).</param>
/// <param name="WorkingDirectory">Folder that relative paths are resolved against.</param>
public sealed record CliHost(TextWriter Out, TextWriter Error, TimeProvider Time, IConfiguration Configuration, string WorkingDirectory)
{
    /// <summary>The Spectre console for human-readable output on <see cref="Out"/>.</summary>
    public IAnsiConsole Console { get; init; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });

    /// <summary>The real process: console streams, the system clock, configuration from the working folder.</summary>
    public static CliHost FromProcess()
    {
        var cwd = Directory.GetCurrentDirectory();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(cwd)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("SATISFACTION_")
            .Build();
        return new CliHost(System.Console.Out, System.Console.Error, TimeProvider.System, configuration, cwd)
        {
            Console = AnsiConsole.Console,
        };
    }

    /// <summary>Resolves a user-given path against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// The store file: <c>--db</c> if given, else configuration key <c>Store:Path</c>, else
    /// <c>satisfaction.db</c> in the working folder.
    /// </summary>
    public string DatabasePath(GlobalSettings settings) =>
        ResolvePath(settings.Database ?? Configuration["Store:Path"] ?? "satisfaction.db");

    /// <summary>Today as the command sees it: <c>--as-of</c> if given, else the clock's date in Europe/London.</summary>
    public DateOnly Today(GlobalSettings settings)
    {
        if (settings.AsOfDate is { } asOf)
        {
            return asOf;
        }

        return UkLocalTime.ToUkDate(Time.GetUtcNow());
    }
}
