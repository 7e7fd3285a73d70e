using System.ComponentModel;
using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Serve;

/// <summary>Options of <c>satisfaction serve</c>.</summary>
public sealed class ServeSettings : StoreSettings
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Kestrel addresses.</summary>
    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, ';'-separated (default http://127.0.0.1:5080).")]
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Start the service's clock at this UK local time (demos and tests).</summary>
    [CommandOption("--now <TIME>")]
    [Description("Demos and tests only: start the service's clock at this UK local time, yyyy-MM-ddTHH:mm.")]
    public string? Now { get; init; }

    /// <summary>Clock speed with --now.</summary>
    [CommandOption("--speed <N>")]
    [Description("With --now: the clock runs N times faster than real time (default 1).")]
    public double? Speed { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Speed is not null && Now is null)
        {
            return ValidationResult.Error("--speed needs --now (the time the clock starts at).");
        }

        if (Speed is <= 0 or > 100000)
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--speed {Speed} must be more than 0 and at most 100000."));
        }

        return string.IsNullOrWhiteSpace(Urls) ? ValidationResult.Error("--urls needs an address, e.g. http://127.0.0.1:5080.") : base.Validate();
    }
}
