namespace Satisfaction.Core.Sampling;

/// <summary>Whether the victim is a person or an organisation (CSV column <c>victim_type</c>).</summary>
public enum VictimType
{
    /// <summary>An individual (<c>person</c>).</summary>
    Person,

    /// <summary>A business or other organisation (<c>organisation</c>); excluded by default.</summary>
    Organisation,
}
