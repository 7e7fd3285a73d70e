namespace Satisfaction.Application.Ringback;

/// <summary>The ring-back queue of one stratum, for the supervisor.</summary>
/// <param name="Stratum">Stratum key, e.g. <c>burglary/EAST</c>, <c>rdd</c> or <c>qa</c>.</param>
/// <param name="Cases">Cases queued (all statuses).</param>
/// <param name="Open">Cases still to call (ready).</param>
/// <param name="AwaitingSms">Cases held for the SMS survey.</param>
/// <param name="Closed">Cases closed.</param>
/// <param name="Completes">Completed interviews (1.1).</param>
/// <param name="Target">Completes wanted: cases × <c>Ringback:TargetResponseRate</c>, rounded up.</param>
/// <param name="Attempts">Calls made.</param>
/// <param name="AttemptsPerComplete">Calls per complete; null with no complete.</param>
/// <param name="ByDisposition">Cases by their AAPOR disposition now (interim or final), e.g. <c>1.1</c> → 3.</param>
public sealed record StratumStatus(
    string Stratum,
    int Cases,
    int Open,
    int AwaitingSms,
    int Closed,
    int Completes,
    int Target,
    int Attempts,
    double? AttemptsPerComplete,
    IReadOnlyDictionary<string, int> ByDisposition);
