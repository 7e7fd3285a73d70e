namespace Satisfaction.Core.Sampling;

/// <summary>What eligibility needs to know beyond the record itself.</summary>
/// <param name="AsOf">The draw date (UK local date) the window and the repeat-contact period count back from.</param>
/// <param name="LastSampledOn">Per victim id, the latest draw date at which the victim was sampled for any survey.</param>
/// <param name="OptedOutVictimIds">Victims who opted out or asked not to be contacted, from outside the record.</param>
public sealed record EligibilityContext(
    DateOnly AsOf,
    IReadOnlyDictionary<string, DateOnly> LastSampledOn,
    IReadOnlySet<string> OptedOutVictimIds)
{
    /// <summary>A context with nobody sampled before and nobody opted out.</summary>
    public static EligibilityContext At(DateOnly asOf) =>
        new(asOf, new Dictionary<string, DateOnly>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
}
