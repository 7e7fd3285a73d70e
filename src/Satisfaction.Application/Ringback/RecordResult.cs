namespace Satisfaction.Application.Ringback;

/// <summary>What recording a call did to the case.</summary>
/// <param name="CaseId">The call case.</param>
/// <param name="Disposition">The case's AAPOR disposition now (final when closed).</param>
/// <param name="Closed">True when the case needs no more calls.</param>
/// <param name="NextCallAt">When it may next be called (UTC); null when closed.</param>
/// <param name="Attempts">Attempts so far, this one included.</param>
/// <param name="Reason">The planner's reason, one sentence (no personal data).</param>
public sealed record RecordResult(long CaseId, string Disposition, bool Closed, DateTimeOffset? NextCallAt, int Attempts, string Reason);
