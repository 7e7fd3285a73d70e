namespace Satisfaction.Core.Questionnaires;

/// <summary>A value from the sample record (the case), usable in conditions and piped into text.</summary>
/// <param name="Name">Key, used as <c>sample.NAME</c>.</param>
/// <param name="Description">What the value is, or null.</param>
/// <param name="Longest">The longest value expected, used to check SMS lengths after piping; null if not declared.</param>
/// <param name="Values">The allowed values when the field is a closed list (e.g. user groups); empty when open.</param>
/// <param name="Position">Where the field is declared.</param>
public sealed record SampleField(string Name, string? Description, string? Longest, IReadOnlyList<string> Values, SourcePosition Position);
