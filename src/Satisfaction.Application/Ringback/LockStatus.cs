namespace Satisfaction.Application.Ringback;

/// <summary>A case held by a handler now.</summary>
/// <param name="CaseId">The call case.</param>
/// <param name="Handler">Who holds it.</param>
/// <param name="HeldFor">How long since the claim.</param>
/// <param name="ExpiresAt">When the lock lapses without a key (UTC).</param>
public sealed record LockStatus(long CaseId, string Handler, TimeSpan HeldFor, DateTimeOffset ExpiresAt);
