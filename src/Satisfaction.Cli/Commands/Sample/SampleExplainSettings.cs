using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary>Options of <c>satisfaction sample explain</c>.</summary>
public sealed class SampleExplainSettings : GlobalSettings
{
    /// <summary>The record to explain.</summary>
    [CommandArgument(0, "<CRIME_REF>")]
    [Description("The crime or incident reference.")]
    public string CrimeRef { get; init; } = string.Empty;

    /// <summary>Folder of programme files.</summary>
    [CommandOption("--programmes <DIR>")]
    [Description("Folder of programme files (*.yaml); default Sampling:ProgrammesPath, else questionnaires/programmes.")]
    public string? Programmes { get; init; }
}
