namespace Satisfaction.Core.Crimes;

/// <summary>Whether the victim is a person or an organisation (CSV column <c>victim_type</c>).</summary>
/// <remarks>Text codes: <c>person</c>, <c>organisation</c>.</remarks>
public enum VictimType
{
    /// <summary>An individual (<c>person</c>).</summary>
    Person = 0,

    /// <summary>A business, charity or other body (<c>organisation</c>).</summary>
    Organisation = 1,
}
