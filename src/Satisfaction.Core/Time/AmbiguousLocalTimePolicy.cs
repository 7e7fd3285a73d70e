namespace Satisfaction.Core.Time;

/// <summary>What to do with a UK local time that happens twice (the fall-back hour, 01:00-01:59 on the last Sunday of October).</summary>
public enum AmbiguousLocalTimePolicy
{
    /// <summary>Take the first occurrence (BST, UTC+1): 01:30 is 00:30 UTC.</summary>
    Earlier,

    /// <summary>Take the second occurrence (GMT): 01:30 is 01:30 UTC.</summary>
    Later,

    /// <summary>Report the row as bad.</summary>
    Reject,
}
