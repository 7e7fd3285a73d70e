namespace Satisfaction.Core.Questionnaires;

/// <summary>One answer option of a scale.</summary>
/// <param name="Code">Stored code (an integer; e.g. 1 to 7 on the satisfaction scale, 8 don't know).</param>
/// <param name="Label">Label read out or shown (telephone script).</param>
/// <param name="Aliases">Other words an SMS reply may use for this option (e.g. "dk"), compared without case or punctuation.</param>
/// <param name="Missing">True for non-substantive codes (don't know, not applicable, refused).</param>
/// <param name="Position">Where the option is defined.</param>
public sealed record AnswerOption(int Code, string Label, IReadOnlyList<string> Aliases, bool Missing, SourcePosition Position);
