namespace Satisfaction.Application.Forces;

/// <summary>A division of a force as <c>force init</c> sets it up.</summary>
/// <param name="Code">Code as the crime extract's <c>division</c> column gives it, upper case, 1 to 16 of A-Z 0-9 _ -.</param>
/// <param name="Name">Display name, 1 to 100 characters (the code when none is given).</param>
public sealed record DivisionDefinition(string Code, string Name);
