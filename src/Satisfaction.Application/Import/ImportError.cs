namespace Satisfaction.Application.Import;

/// <summary>One bad row (or header) of an import file. Never holds a phone number.</summary>
/// <param name="Line">Physical line of the row, header = 1.</param>
/// <param name="Column">The column at fault, or null for the whole row.</param>
/// <param name="Reason">What is wrong and what is expected.</param>
public sealed record ImportError(long Line, string? Column, string Reason);
