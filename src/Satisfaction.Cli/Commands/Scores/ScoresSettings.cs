using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Scores;

/// <summary>Options of <c>satisfaction scores</c>.</summary>
public sealed class ScoresSettings : GlobalSettings
{
    /// <summary>Only this programme.</summary>
    [CommandOption("--programme <PROGRAMME>")]
    [Description("Only this programme: uss, asb or rdd_confidence (default: every programme with respondents).")]
    public string? Programme { get; init; }

    /// <summary>Domains besides the force.</summary>
    [CommandOption("--by <DOMAIN>")]
    [Description("Domains besides the force: user_group, division, month or quarter (default: user groups and divisions).")]
    public string? By { get; init; }

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), json or csv.")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Programme is not null and not ("uss" or "asb" or "rdd_confidence"))
        {
            return ValidationResult.Error($"--programme '{Programme}' is not one of: uss, asb, rdd_confidence.");
        }

        if (By is not null and not ("user_group" or "division" or "month" or "quarter"))
        {
            return ValidationResult.Error($"--by '{By}' is not one of: user_group, division, month, quarter.");
        }

        return Format is "table" or "json" or "csv"
            ? base.Validate()
            : ValidationResult.Error($"--format '{Format}' is not one of: table, json, csv.");
    }
}
