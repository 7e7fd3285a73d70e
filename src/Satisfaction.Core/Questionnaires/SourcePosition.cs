namespace Satisfaction.Core.Questionnaires;

/// <summary>Where an element starts in its definition file, for messages.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number.</param>
public sealed record SourcePosition(int Line, int Column)
{
    /// <summary>Position used for elements that were not read from a file (line 1, column 1).</summary>
    public static SourcePosition Start { get; } = new(1, 1);
}
