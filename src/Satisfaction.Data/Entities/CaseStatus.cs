namespace Satisfaction.Data.Entities;

/// <summary>Fieldwork state of a sampled case.</summary>
public enum CaseStatus
{
    /// <summary>Sampled, not yet contacted.</summary>
    Pending = 0,

    /// <summary>Contact attempts under way.</summary>
    InProgress = 1,

    /// <summary>Interview completed.</summary>
    Completed = 2,

    /// <summary>Finished without a complete interview (final disposition recorded).</summary>
    Closed = 3,
}
