using Satisfaction.Core.Fieldwork;

namespace Satisfaction.Application.Ringback;

/// <summary>A case now held by a handler.</summary>
/// <param name="CaseId">The call case id.</param>
/// <param name="Kind">Victim or RDD.</param>
/// <param name="LockVersion">The claim's version; pass it back with every key so a lost lock is noticed.</param>
/// <param name="LockExpiresAt">When the lock lapses without a key (UTC).</param>
/// <param name="Resumed">True when the handler already held this case (e.g. after restarting the console).</param>
public sealed record CaseClaim(long CaseId, CaseKind Kind, long LockVersion, DateTimeOffset LockExpiresAt, bool Resumed);
