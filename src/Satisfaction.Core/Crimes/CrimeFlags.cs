namespace Satisfaction.Core.Crimes;

/// <summary>
/// Markers on a recorded crime or incident that drive eligibility (CSV column <c>flags</c>, a
/// semicolon-separated list of the snake_case names, e.g. <c>domestic_abuse;hate</c>).
/// </summary>
/// <remarks>
/// Stored as the same text list; see <see cref="CrimeFlagsText"/> for parsing and formatting.
/// Values are bit flags and may be combined; <see cref="None"/> is the empty list.
/// </remarks>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the extract's 'flags' column, the term the crime-recording team uses.")]
public enum CrimeFlags
{
    /// <summary>No flags (an empty list).</summary>
    None = 0,

    /// <summary><c>domestic_abuse</c>: a domestic abuse related record.</summary>
    DomesticAbuse = 1 << 0,

    /// <summary><c>sexual_offence</c>: a sexual offence.</summary>
    SexualOffence = 1 << 1,

    /// <summary><c>hate</c>: motivated by hostility (race, religion, sexual orientation, transgender identity, disability).</summary>
    Hate = 1 << 2,

    /// <summary><c>police_victim_on_duty</c>: the victim is a police officer on duty.</summary>
    PoliceVictimOnDuty = 1 << 3,

    /// <summary><c>deceased</c>: the victim has died.</summary>
    Deceased = 1 << 4,

    /// <summary><c>do_not_contact</c>: the victim asked not to be contacted.</summary>
    DoNotContact = 1 << 5,

    /// <summary><c>suspect</c>: the victim is also a suspect in the same record.</summary>
    Suspect = 1 << 6,

    /// <summary><c>vulnerable</c>: the victim is marked vulnerable.</summary>
    Vulnerable = 1 << 7,

    /// <summary><c>repeat_victim</c>: the victim is a repeat victim.</summary>
    RepeatVictim = 1 << 8,
}
