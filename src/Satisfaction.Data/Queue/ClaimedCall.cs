namespace Satisfaction.Data.Queue;

/// <summary>A case a handler now holds.</summary>
/// <param name="CaseId">The call case.</param>
/// <param name="LockVersion">The claim's version: a later claim by anyone raises it, so a console can tell it lost the case.</param>
/// <param name="LockExpiresAt">When the lock lapses unless renewed (UTC).</param>
public sealed record ClaimedCall(long CaseId, long LockVersion, DateTimeOffset LockExpiresAt);
