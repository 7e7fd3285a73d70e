namespace Satisfaction.Core.Sampling;

/// <summary>A sampled case (no contact details: those stay in the store).</summary>
/// <param name="CrimeRef">The record.</param>
/// <param name="VictimId">Its victim id.</param>
/// <param name="Programme">Programme id.</param>
/// <param name="UserGroup">User group id.</param>
/// <param name="Questionnaire">Questionnaire id of the group.</param>
/// <param name="Division">Division.</param>
/// <param name="Stratum">Stratum key.</param>
/// <param name="InclusionProbability">π, 0 &lt; π ≤ 1.</param>
/// <param name="AsbRepeatLocation">ASB repeat-location domain variable.</param>
public sealed record SampledUnit(
    string CrimeRef,
    string VictimId,
    string Programme,
    string UserGroup,
    string Questionnaire,
    string Division,
    string Stratum,
    double InclusionProbability,
    bool AsbRepeatLocation)
{
    /// <summary>Design weight 1/π (≥ 1).</summary>
    public double DesignWeight => 1.0 / InclusionProbability;
}
