namespace Satisfaction.Application.Sampling;

/// <summary>Settings of the weekly draw: configuration section <c>Sampling</c>.</summary>
public sealed class SamplingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Sampling";

    /// <summary>
    /// Folder of the programme files (<c>Sampling:ProgrammesPath</c>); relative paths are taken from the working
    /// folder. Null: <c>questionnaires/programmes</c> in the working folder, else the copy shipped beside the program.
    /// </summary>
    public string? ProgrammesPath { get; set; }
}
