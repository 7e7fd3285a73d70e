namespace Satisfaction.Core.Rdd;

/// <summary>Why the planner decided what it did.</summary>
public enum ReleaseReason
{
    /// <summary>Nothing released yet this month: the first replicates are released.</summary>
    InitialRelease,

    /// <summary>Every released replicate is worked out and the target is not met: more are released.</summary>
    TopUp,

    /// <summary>Released replicates are still being worked: nothing new until they are.</summary>
    ReplicatesStillOpen,

    /// <summary>The month's target is already met.</summary>
    TargetReached,
}
