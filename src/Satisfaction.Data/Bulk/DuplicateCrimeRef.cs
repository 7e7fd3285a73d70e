namespace Satisfaction.Data.Bulk;

/// <summary>A crime reference that appears more than once in one staged file.</summary>
/// <param name="Line">The physical line of a later occurrence (header = 1).</param>
/// <param name="CrimeRef">The repeated reference.</param>
/// <param name="FirstLine">The line of its first occurrence.</param>
public readonly record struct DuplicateCrimeRef(long Line, string CrimeRef, long FirstLine);
