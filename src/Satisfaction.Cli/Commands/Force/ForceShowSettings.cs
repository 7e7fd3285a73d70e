using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Force;

/// <summary>Options of <c>satisfaction force show</c>.</summary>
public sealed class ForceShowSettings : StoreSettings
{
    /// <summary>Force code; default the store's only force.</summary>
    [CommandOption("--code <CODE>")]
    [Description("Force code (default: the store's only force).")]
    public string? Code { get; init; }

    /// <summary>text or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("text (default) or json.")]
    public string Format { get; init; } = "text";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Format is "text" or "json" ? base.Validate() : ValidationResult.Error($"--format '{Format}' is not text or json.");
}
