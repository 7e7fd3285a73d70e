using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Satisfaction.Core;
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
    /// <summary>The configuration file read from the working folder.</summary>
    public const string SettingsFile = "appsettings.json";

    /// <summary>Prefix of the environment variables read as configuration (<c>SATISFACTION_STORE__PATH</c> is <c>Store:Path</c>).</summary>
    public const string EnvironmentPrefix = "SATISFACTION_";

    /// <summary>The Spectre console for human-readable output on <see cref="Out"/>.</summary>
    public IAnsiConsole Console { get; init; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });

    /// <summary>Standard input, for the line mode of the call-handler console (<c>ringback --plain</c>); empty unless set.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The real process: console streams, the system clock, configuration from the working folder.</summary>
    /// <exception cref="InvalidInputException"><c>appsettings.json</c> is not valid JSON (the message names the line and position).</exception>
    public static CliHost FromProcess()
    {
        var cwd = Directory.GetCurrentDirectory();
        return new CliHost(System.Console.Out, System.Console.Error, TimeProvider.System, ReadConfiguration(cwd), cwd)
        {
            Console = AnsiConsole.Console,
            In = System.Console.In,
        };
    }

    /// <summary><c>appsettings.json</c> in <paramref name="folder"/> (optional), then <c>SATISFACTION_</c> environment variables.</summary>
    /// <exception cref="InvalidInputException">The settings file is not valid JSON: one line naming the file, line and position.</exception>
    public static IConfiguration ReadConfiguration(string folder)
    {
        try
        {
            return new ConfigurationBuilder()
                .SetBasePath(folder)
                .AddJsonFile(SettingsFile, optional: true)
                .AddEnvironmentVariables(EnvironmentPrefix)
                .Build();
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidInputException(SettingsFileError(folder, ex), ex);
        }
        catch (FormatException ex)
        {
            throw new InvalidInputException(SettingsFileError(folder, ex), ex);
        }
    }

    /// <summary>Resolves a user-given path against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Today as the command sees it: <c>--as-of</c> if given, else the clock's date in Europe/London.</summary>
    public DateOnly Today(IAsOfSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.AsOfDate ?? UkLocalTime.ToUkDate(Time.GetUtcNow());
    }

    private static string SettingsFileError(string folder, Exception ex)
    {
        var file = Path.Combine(folder, SettingsFile);
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line } json)
            {
                var column = (json.BytePositionInLine ?? 0) + 1;
                return FormattableString.Invariant($"{file}:{line + 1}:{column}: not valid JSON: {FirstSentence(json.Message)}");
            }
        }

        return $"{file}: not valid JSON: {ex.Message}";
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim();
    }
}
