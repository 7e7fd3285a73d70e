namespace Satisfaction.Core.Time;

/// <summary>What to do with a UK local time that does not exist (the spring-forward hour, 01:00-01:59 on the last Sunday of March).</summary>
public enum SkippedLocalTimePolicy
{
    /// <summary>Read it with the offset in force before the change (GMT): 01:30 is 01:30 UTC, i.e. 02:30 BST.</summary>
    ShiftForward,

    /// <summary>Report the row as bad.</summary>
    Reject,
}
