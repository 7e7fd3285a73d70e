using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary>Options of <c>satisfaction sample</c> (the weekly draw).</summary>
public sealed class SampleSettings : GlobalSettings
{
    /// <summary>Seed of the draw; default derived from the as-of date.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed of the random selection (default: the as-of date as yyyyMMdd, printed so the run can be repeated).")]
    public long? Seed { get; init; }

    /// <summary>Compute and print, write nothing.</summary>
    [CommandOption("--dry-run")]
    [Description("Show what would be drawn; write nothing to the store.")]
    public bool DryRun { get; init; }

    /// <summary>Draw the missed weeks first.</summary>
    [CommandOption("--catch-up")]
    [Description("First draw every week missed since the last draw, in order, each with its own as-of date and seed.")]
    public bool CatchUp { get; init; }

    /// <summary>Folder of programme files.</summary>
    [CommandOption("--programmes <DIR>")]
    [Description("Folder of programme files (*.yaml); default Sampling:ProgrammesPath, else questionnaires/programmes.")]
    public string? Programmes { get; init; }
}
