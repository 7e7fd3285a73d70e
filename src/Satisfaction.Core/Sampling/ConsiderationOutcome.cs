namespace Satisfaction.Core.Sampling;

/// <summary>What a draw decided for a record it considered.</summary>
public enum ConsiderationOutcome
{
    /// <summary>Eligible and selected.</summary>
    Sampled,

    /// <summary>Eligible, not selected.</summary>
    NotSampled,

    /// <summary>Not eligible; the reason code says why.</summary>
    Excluded,
}
