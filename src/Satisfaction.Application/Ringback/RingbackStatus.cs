namespace Satisfaction.Application.Ringback;

/// <summary>The supervisor view of the ring-back queue.</summary>
/// <param name="Now">When it was taken (UTC).</param>
/// <param name="Today">The UK date "today" refers to.</param>
/// <param name="Strata">Per stratum, in stratum order.</param>
/// <param name="Total">All strata together (stratum <c>all</c>).</param>
/// <param name="Handlers">Handlers with calls today, by name.</param>
/// <param name="Locks">Locks held now, longest first.</param>
public sealed record RingbackStatus(
    DateTimeOffset Now,
    DateOnly Today,
    IReadOnlyList<StratumStatus> Strata,
    StratumStatus Total,
    IReadOnlyList<HandlerStatus> Handlers,
    IReadOnlyList<LockStatus> Locks);
