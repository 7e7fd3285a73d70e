namespace Satisfaction.Application.Ringback;

/// <summary>The answer to "give me the next case": a claim, or why nothing is due.</summary>
/// <param name="Claim">The case claimed; null when nothing is due.</param>
/// <param name="NothingDueReason">Why no case was given (calling hours closed, queue empty, all held); null with a claim.</param>
/// <param name="NextDueAt">When calls may next be made or the next case falls due (UTC), when known.</param>
public sealed record NextCaseResult(CaseClaim? Claim, string? NothingDueReason, DateTimeOffset? NextDueAt);
