namespace Satisfaction.Core.Sampling;

/// <summary>The snake_case names used in files and in the store for the sampling enums.</summary>
public static class IncidentCodes
{
    private static readonly (IncidentMarkers Flag, string Name)[] FlagNames =
    [
        (IncidentMarkers.DomesticAbuse, "domestic_abuse"),
        (IncidentMarkers.SexualOffence, "sexual_offence"),
        (IncidentMarkers.Hate, "hate"),
        (IncidentMarkers.PoliceVictimOnDuty, "police_victim_on_duty"),
        (IncidentMarkers.Deceased, "deceased"),
        (IncidentMarkers.DoNotContact, "do_not_contact"),
        (IncidentMarkers.Suspect, "suspect"),
        (IncidentMarkers.Vulnerable, "vulnerable"),
        (IncidentMarkers.RepeatVictim, "repeat_victim"),
    ];

    /// <summary>The file name of an incident type: <c>crime</c>, <c>hate_incident</c> or <c>asb</c>.</summary>
    public static string ToCode(IncidentType type) => type switch
    {
        IncidentType.Crime => "crime",
        IncidentType.HateIncident => "hate_incident",
        IncidentType.Asb => "asb",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown incident type."),
    };

    /// <summary>Parses <c>crime</c>, <c>hate_incident</c> or <c>asb</c> (exact, lower case); false otherwise.</summary>
    public static bool TryParseIncidentType(string? text, out IncidentType type)
    {
        switch (text)
        {
            case "crime": type = IncidentType.Crime; return true;
            case "hate_incident": type = IncidentType.HateIncident; return true;
            case "asb": type = IncidentType.Asb; return true;
            default: type = default; return false;
        }
    }

    /// <summary>The file name of a victim type: <c>person</c> or <c>organisation</c>.</summary>
    public static string ToCode(VictimType type) => type == VictimType.Person ? "person" : "organisation";

    /// <summary>Parses <c>person</c> or <c>organisation</c>; false otherwise.</summary>
    public static bool TryParseVictimType(string? text, out VictimType type)
    {
        switch (text)
        {
            case "person": type = VictimType.Person; return true;
            case "organisation": type = VictimType.Organisation; return true;
            default: type = default; return false;
        }
    }

    /// <summary>Parses one flag name such as <c>domestic_abuse</c>; false for an unknown name.</summary>
    public static bool TryParseFlag(string? name, out IncidentMarkers flag)
    {
        foreach (var (f, n) in FlagNames)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                flag = f;
                return true;
            }
        }

        flag = IncidentMarkers.None;
        return false;
    }

    /// <summary>
    /// Parses a semicolon-separated flag list (blanks and surrounding spaces ignored, empty text = none).
    /// Returns false and the first unknown name when a name is not known.
    /// </summary>
    public static bool TryParseFlags(string? text, out IncidentMarkers flags, out string? unknown)
    {
        flags = IncidentMarkers.None;
        unknown = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParseFlag(part, out var flag))
            {
                unknown = part;
                return false;
            }

            flags |= flag;
        }

        return true;
    }

    /// <summary>The flags as a semicolon-separated list in a fixed order (empty for none).</summary>
    public static string ToCode(IncidentMarkers flags) =>
        string.Join(';', FlagNames.Where(f => (flags & f.Flag) != 0).Select(f => f.Name));
}
