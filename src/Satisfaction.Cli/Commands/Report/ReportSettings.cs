using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Report;

/// <summary>Options of <c>satisfaction report</c>.</summary>
public sealed class ReportSettings : GlobalSettings
{
    /// <summary>Output folder.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder to write report.html and report-tables.csv into (created when missing). Required.")]
    public string? Out { get; init; }

    /// <summary>Peer file for the MSG comparison.</summary>
    [CommandOption("--peers <FILE>")]
    [Description("Other forces' published figures (the CSV of 'satisfaction benchmark') for an MSG comparison chart per measure; the file must have figures for the 12 months ending --as-of.")]
    public string? Peers { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out DIR is required.") : base.Validate();
}
