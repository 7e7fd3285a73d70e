namespace Satisfaction.Core.Sampling;

/// <summary>
/// A survey programme and its sampling rules (one file under <c>questionnaires/programmes/</c>), e.g. the four
/// USS groups or the ASB survey.
/// </summary>
public sealed record SamplingProgramme
{
    /// <summary>Programme id, e.g. <c>uss</c>.</summary>
    public required string Id { get; init; }

    /// <summary>User groups in matching order: the first group a record matches takes it.</summary>
    public required IReadOnlyList<UserGroupDefinition> UserGroups { get; init; }

    /// <summary>Fieldwork window; default 6 to 12 weeks.</summary>
    public FieldworkWindow Window { get; init; } = FieldworkWindow.Default;

    /// <summary>Minimum age at the report, in years; default 16.</summary>
    public int MinimumAge { get; init; } = 16;

    /// <summary>Months during which a sampled victim is not sampled again (any programme); default 12.</summary>
    public int RepeatContactMonths { get; init; } = 12;

    /// <summary>Exclusion rules in precedence order (codes from <see cref="ReasonCodes.ConfigurableExclusions"/>).</summary>
    public required IReadOnlyList<string> Exclusions { get; init; }

    /// <summary>Variables forming the strata; default user group x division.</summary>
    public IReadOnlyList<StratumDimension> Strata { get; init; } = [StratumDimension.UserGroup, StratumDimension.Division];

    /// <summary>Allocation settings.</summary>
    public AllocationOptions Allocation { get; init; } = new();

    /// <summary>Selection within strata; default simple random sampling without replacement.</summary>
    public SelectionMethod Selection { get; init; } = SelectionMethod.SimpleRandom;

    /// <summary>
    /// Contact channels in the order tried (<c>channels:</c>): <c>[sms, phone]</c> texts first and rings back
    /// non-responders; default <c>[phone]</c> (telephone only).
    /// </summary>
    public IReadOnlyList<Contact.ContactChannel> Channels { get; init; } = [Contact.ContactChannel.Phone];

    /// <summary>True when the programme sends SMS invitations.</summary>
    public bool UsesSms => Channels.Contains(Contact.ContactChannel.Sms);

    /// <summary>True when cases that SMS does not complete go to the telephone ring-back queue.</summary>
    public bool RingsBackNonResponders => Channels.Contains(Contact.ContactChannel.Phone);

    /// <summary>The first user group the record matches, or null.</summary>
    public UserGroupDefinition? GroupFor(IncidentRecord record)
    {
        foreach (var group in UserGroups)
        {
            if (group.Matches(record))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The stratum key of a record in a group, e.g. <c>burglary/EAST</c>.</summary>
    public string StratumOf(string userGroup, string division)
    {
        if (Strata.Count == 0)
        {
            return "all";
        }

        if (Strata.Count == 1)
        {
            return Strata[0] == StratumDimension.UserGroup ? userGroup : division;
        }

        return string.Join('/', Strata.Select(d => d == StratumDimension.UserGroup ? userGroup : division));
    }
}
