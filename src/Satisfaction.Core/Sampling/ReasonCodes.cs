namespace Satisfaction.Core.Sampling;

/// <summary>
/// Stable reason codes for records that are not eligible (stored with every consideration; never rename one).
/// </summary>
/// <remarks>
/// Precedence: <see cref="NotInScope"/> and <see cref="OutsideWindow"/> are always checked first; then the
/// programme's <c>exclusions</c> list, in the order written in its YAML file (the first failing rule gives the
/// reason); then, at draw time, <see cref="VictimInDraw"/>. <c>sample explain</c> still lists every rule.
/// </remarks>
public static class ReasonCodes
{
    /// <summary>No user group of any programme takes this offence code / incident type / flag combination.</summary>
    public const string NotInScope = "not_in_scope";

    /// <summary>The report date is not 6-12 weeks (the programme's window) before the draw date.</summary>
    public const string OutsideWindow = "outside_window";

    /// <summary>Victim is an organisation.</summary>
    public const string OrganisationVictim = "organisation_victim";

    /// <summary>Victim has died.</summary>
    public const string Deceased = "deceased";

    /// <summary>Police officer victimised on duty.</summary>
    public const string PoliceVictimOnDuty = "police_victim_on_duty";

    /// <summary>Domestic abuse flag.</summary>
    public const string DomesticAbuse = "domestic_abuse";

    /// <summary>Sexual offence flag.</summary>
    public const string SexualOffence = "sexual_offence";

    /// <summary>Victim younger than the programme's minimum age at the report.</summary>
    public const string UnderAge = "under_age";

    /// <summary>Age unknown, so the minimum age cannot be confirmed (reported by the <see cref="UnderAge"/> rule).</summary>
    public const string AgeUnknown = "age_unknown";

    /// <summary>Victim is also a suspect.</summary>
    public const string Suspect = "suspect";

    /// <summary>Do-not-contact flag, or the victim opted out.</summary>
    public const string DoNotContact = "do_not_contact";

    /// <summary>Victim was sampled for any survey within the programme's repeat-contact period (default 12 months).</summary>
    public const string SampledRecently = "sampled_recently";

    /// <summary>No usable phone number.</summary>
    public const string NoPhone = "no_phone";

    /// <summary>Vulnerable flag (an optional exclusion, off by default).</summary>
    public const string Vulnerable = "vulnerable";

    /// <summary>Another eligible record of the same victim is in the same draw (the earliest report is kept).</summary>
    public const string VictimInDraw = "victim_in_draw";

    /// <summary>The exclusion rules a programme may list, in the default precedence order.</summary>
    public static IReadOnlyList<string> ConfigurableExclusions { get; } =
    [
        OrganisationVictim, Deceased, PoliceVictimOnDuty, DomesticAbuse, SexualOffence, UnderAge, Suspect,
        DoNotContact, SampledRecently, NoPhone, Vulnerable,
    ];
}
