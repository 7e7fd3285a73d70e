namespace Satisfaction.Data.Entities;

/// <summary>What a draw decided for one record.</summary>
public enum ConsiderationOutcome
{
    /// <summary>Eligible and selected.</summary>
    Sampled = 0,

    /// <summary>Eligible but not selected.</summary>
    NotSampled = 1,

    /// <summary>Not eligible; the reason code says why.</summary>
    Excluded = 2,
}
