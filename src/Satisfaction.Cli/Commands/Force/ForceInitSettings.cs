using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Force;

/// <summary>Options of <c>satisfaction force init</c>.</summary>
public sealed class ForceInitSettings : StoreSettings
{
    /// <summary>Force code.</summary>
    [CommandOption("--code <CODE>")]
    [Description("Force code, e.g. LANCS (1 to 16 of A-Z, 0-9, _, -).")]
    public string? Code { get; init; }

    /// <summary>Force name.</summary>
    [CommandOption("--name <NAME>")]
    [Description("Display name, e.g. \"Lancashire Constabulary\".")]
    public string? Name { get; init; }

    /// <summary>Comma-separated division codes.</summary>
    [CommandOption("--divisions <CODES>")]
    [Description("Every division, comma-separated, e.g. EAST,SOUTH,WEST (a division left out is removed, refused if it has records).")]
    public string? Divisions { get; init; }

    /// <summary>A force.yaml with the same settings and more.</summary>
    [CommandOption("--file <FILE>")]
    [Description("force.yaml: code, name, divisions (with names), msg_peers, time_zone, contact_hours, programmes.")]
    public string? File { get; init; }

    /// <summary>Programmes folder.</summary>
    [CommandOption("--programmes <DIR>")]
    [Description("Folder of programme files to set up (default Sampling:ProgrammesPath, else questionnaires/programmes).")]
    public string? Programmes { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (File is not null && (Code ?? Name ?? Divisions) is not null)
        {
            return ValidationResult.Error("give either --file force.yaml or --code/--name/--divisions, not both.");
        }

        if (File is null && (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Divisions)))
        {
            return ValidationResult.Error("force init needs --code, --name and --divisions (e.g. --code LANCS --name \"Lancashire Constabulary\" --divisions EAST,SOUTH,WEST), or --file force.yaml.");
        }

        return base.Validate();
    }
}
