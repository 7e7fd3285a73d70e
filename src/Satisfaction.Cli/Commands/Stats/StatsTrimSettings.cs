using System.ComponentModel;
using Satisfaction.Application.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Options of <c>satisfaction stats trim</c>.</summary>
public sealed class StatsTrimSettings : CommandSettings
{
    /// <summary>Respondents CSV file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Respondents CSV file with a weight column.")]
    public string File { get; init; } = "";

    /// <summary>Column with the weights to trim.</summary>
    [CommandOption("--weights <COL>")]
    [Description("Column holding the weights to trim (required).")]
    public string? Weights { get; init; }

    /// <summary>Largest allowed weight.</summary>
    [CommandOption("--upper <X>")]
    [Description("Largest allowed weight (required).")]
    public string? Upper { get; init; }

    /// <summary>Smallest allowed weight (optional).</summary>
    [CommandOption("--lower <X>")]
    [Description("Smallest allowed weight (default: none).")]
    public string? Lower { get; init; }

    /// <summary>Repeat until no weight is outside the limits.</summary>
    [CommandOption("--strict")]
    [Description("Repeat trimming until no weight is outside the limits (R's strict = TRUE).")]
    public bool Strict { get; init; }

    /// <summary>Output CSV file (default: standard output).</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the weighted CSV here (atomically) instead of standard output.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Weights))
        {
            return ValidationResult.Error("--weights COL is required.");
        }

        if (Upper is null)
        {
            return ValidationResult.Error("--upper X is required.");
        }

        return StatsOptions.Check(() => Weighting()) ?? base.Validate();
    }

    /// <summary>The trimming asked for (valid after validation).</summary>
    internal WeightingSettings Weighting() =>
        WeightingSettings.Parse(new WeightingOptionText { Upper = Upper, Lower = Lower, Strict = Strict });
}
