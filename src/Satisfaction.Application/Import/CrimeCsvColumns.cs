namespace Satisfaction.Application.Import;

/// <summary>The column names of the recorded-crime extract (issue 5), in their usual order.</summary>
public static class CrimeCsvColumns
{
    /// <summary>Unique reference of the crime or incident (max 32).</summary>
    public const string CrimeRef = "crime_ref";

    /// <summary>ISO 8601 date or date-time, UK local time unless an offset is given.</summary>
    public const string RecordedAt = "recorded_at";

    /// <summary>Home Office offence code, e.g. 28A, 37/2; may be empty for incidents.</summary>
    public const string OffenceCode = "offence_code";

    /// <summary>crime, hate_incident or asb.</summary>
    public const string IncidentType = "incident_type";

    /// <summary>Division code, e.g. EAST.</summary>
    public const string Division = "division";

    /// <summary>The force's victim identifier (max 64).</summary>
    public const string VictimId = "victim_id";

    /// <summary>person or organisation.</summary>
    public const string VictimType = "victim_type";

    /// <summary>Whole years at the report (0 to 130); the header needs this or <see cref="VictimDob"/>.</summary>
    public const string VictimAge = "victim_age";

    /// <summary>Date of birth, yyyy-MM-dd.</summary>
    public const string VictimDob = "victim_dob";

    /// <summary>Phone number in any UK format or E.164; may be empty.</summary>
    public const string Phone = "phone";

    /// <summary>Location identifier (max 64); may be empty.</summary>
    public const string LocationId = "location_id";

    /// <summary>Semicolon-separated flags; may be empty.</summary>
    public const string Flags = "flags";

    /// <summary>Columns the header must contain (plus <see cref="VictimAge"/> or <see cref="VictimDob"/>).</summary>
    public static IReadOnlyList<string> Required { get; } =
        [CrimeRef, RecordedAt, OffenceCode, IncidentType, Division, VictimId, VictimType, Phone, LocationId, Flags];

    /// <summary>Every column the reader understands.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Required, VictimAge, VictimDob];
}
