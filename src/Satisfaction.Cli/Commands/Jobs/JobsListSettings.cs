using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Jobs;

/// <summary>Options of <c>satisfaction jobs list</c>.</summary>
public sealed class JobsListSettings : StoreSettings
{
    /// <summary>text or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("text (default) or json.")]
    public string Format { get; init; } = "text";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Format is "text" or "json" ? base.Validate() : ValidationResult.Error($"--format '{Format}' is not text or json.");
}
