namespace Satisfaction.Data.Entities;

/// <summary>Life cycle of a sample draw.</summary>
public enum SampleDrawStatus
{
    /// <summary>Being written; not yet usable.</summary>
    Pending = 0,

    /// <summary>Complete: its cases may be contacted.</summary>
    Completed = 1,

    /// <summary>Withdrawn before fieldwork; its records stay considered.</summary>
    Cancelled = 2,

    /// <summary>Ran for its week but considered no record: kept so the week counts as drawn, never exported as a sample.</summary>
    Empty = 3,
}
