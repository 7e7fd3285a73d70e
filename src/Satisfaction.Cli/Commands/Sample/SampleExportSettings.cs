using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary>Options of <c>satisfaction sample export</c>.</summary>
public sealed class SampleExportSettings : StoreSettings
{
    /// <summary>Draw id or <c>latest</c>.</summary>
    [CommandOption("--draw <ID>")]
    [Description("Draw id, or 'latest' (default) for the latest completed draw.")]
    public string? Draw { get; init; }

    /// <summary>Output CSV file.</summary>
    [CommandOption("--out <FILE>")]
    [Description("CSV file to write (replaced atomically).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE.csv is required.") : base.Validate();
}
