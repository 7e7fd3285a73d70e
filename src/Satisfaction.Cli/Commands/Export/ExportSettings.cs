using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Export;

/// <summary>Options of <c>satisfaction export</c>.</summary>
public sealed class ExportSettings : GlobalSettings
{
    /// <summary>What to export.</summary>
    [CommandOption("--what <WHAT>")]
    [Description("responses (one row per interview), cases (one per sampled case or RDD number) or attempts (one per contact attempt). Required.")]
    public string? What { get; init; }

    /// <summary>File format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("csv (default) or parquet.")]
    public string Format { get; init; } = "csv";

    /// <summary>Output file.</summary>
    [CommandOption("--out <FILE>")]
    [Description("File to write (replaced when complete); the data dictionary goes beside it as NAME.dictionary.csv. Required.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (What is not ("responses" or "cases" or "attempts"))
        {
            return ValidationResult.Error(What is null ? "--what responses|cases|attempts is required." : $"--what '{What}' is not one of: responses, cases, attempts.");
        }

        if (Format is not ("csv" or "parquet"))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of: csv, parquet.");
        }

        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE is required.") : base.Validate();
    }
}
