namespace Satisfaction.Core.Sampling;

/// <summary>One record as a draw considered it (every considered record gets exactly one).</summary>
/// <param name="CrimeRef">The record.</param>
/// <param name="VictimId">Its victim id.</param>
/// <param name="Programme">Programme id; null when not in scope.</param>
/// <param name="UserGroup">User group; null when not in scope.</param>
/// <param name="Division">Division.</param>
/// <param name="Stratum">Stratum key; null when excluded.</param>
/// <param name="Outcome">Sampled, not sampled or excluded.</param>
/// <param name="Reason">Reason code when excluded, else null.</param>
/// <param name="InclusionProbability">π of the record's stratum when eligible (0 &lt; π ≤ 1, or 0 if nothing allocated); null when excluded.</param>
/// <param name="AsbRepeatLocation">True for an ASB incident at a repeat location (5+ in 180 days); a domain variable.</param>
public readonly record struct Consideration(
    string CrimeRef,
    string VictimId,
    string? Programme,
    string? UserGroup,
    string Division,
    string? Stratum,
    ConsiderationOutcome Outcome,
    string? Reason,
    double? InclusionProbability,
    bool AsbRepeatLocation);
