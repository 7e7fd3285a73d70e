using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary>Options of <c>satisfaction sample export</c>.</summary>
public sealed class SampleExportSettings : StoreSettings
{
    /// <summary>Draw id, <c>latest</c> or <c>all</c>.</summary>
    [CommandOption("--draw <ID>")]
    [Description("Draw id; 'latest' (default): the latest draw that sampled anyone; 'all': every draw that sampled anyone.")]
    public string? Draw { get; init; }

    /// <summary>Only draws as of this date or later.</summary>
    [CommandOption("--since <DATE>")]
    [Description("Only draws with an as-of date on or after DATE (yyyy-MM-dd).")]
    public string? Since { get; init; }

    /// <summary>Parsed <see cref="Since"/>.</summary>
    public DateOnly? SinceDate => Since is null ? null : DateOnly.ParseExact(Since, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Output CSV file.</summary>
    [CommandOption("--out <FILE>")]
    [Description("CSV file to write (replaced atomically).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out FILE.csv is required.");
        }

        if (Since is not null && !DateOnly.TryParseExact(Since, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--since '{Since}' is not a date in the form yyyy-MM-dd.");
        }

        return base.Validate();
    }
}
