namespace Satisfaction.Core.Sampling;

/// <summary>The verdict on one record: either a user group (eligible) or a reason code (not eligible).</summary>
/// <param name="Programme">The programme whose group took the record; null when no group did.</param>
/// <param name="Group">The user group; null when no group took the record.</param>
/// <param name="Reason">Null when eligible, else a code from <see cref="ReasonCodes"/>.</param>
public sealed record EligibilityOutcome(SamplingProgramme? Programme, UserGroupDefinition? Group, string? Reason)
{
    /// <summary>True when the record may be sampled.</summary>
    public bool IsEligible => Reason is null;
}
