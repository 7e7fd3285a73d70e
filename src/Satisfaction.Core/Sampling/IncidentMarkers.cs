namespace Satisfaction.Core.Sampling;

/// <summary>Markers on a record (CSV column <c>flags</c>, semicolon-separated snake_case names).</summary>
[Flags]
public enum IncidentMarkers
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary><c>domestic_abuse</c>.</summary>
    DomesticAbuse = 1 << 0,

    /// <summary><c>sexual_offence</c>.</summary>
    SexualOffence = 1 << 1,

    /// <summary><c>hate</c>: the crime or incident was perceived as hate-motivated.</summary>
    Hate = 1 << 2,

    /// <summary><c>police_victim_on_duty</c>: the victim is a police officer harmed on duty.</summary>
    PoliceVictimOnDuty = 1 << 3,

    /// <summary><c>deceased</c>.</summary>
    Deceased = 1 << 4,

    /// <summary><c>do_not_contact</c>: the victim asked not to be contacted (or opted out).</summary>
    DoNotContact = 1 << 5,

    /// <summary><c>suspect</c>: the victim is also a suspect.</summary>
    Suspect = 1 << 6,

    /// <summary><c>vulnerable</c>: not an exclusion by default.</summary>
    Vulnerable = 1 << 7,

    /// <summary><c>repeat_victim</c>: not an exclusion by default.</summary>
    RepeatVictim = 1 << 8,
}
