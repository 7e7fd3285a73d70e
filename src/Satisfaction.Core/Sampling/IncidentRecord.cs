using Satisfaction.Core.Crimes;
using Satisfaction.Core.Time;

namespace Satisfaction.Core.Sampling;

/// <summary>
/// One recorded crime or incident, as sampling sees it. Holds no phone number or name: only whether a usable
/// phone exists.
/// </summary>
public sealed record IncidentRecord
{
    /// <summary>The force's unique reference for the crime or incident (sampling sorts by it, ordinal).</summary>
    public required string CrimeRef { get; init; }

    /// <summary>When it was recorded, UTC.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The UK local date of the report (the date the fieldwork window counts from).</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>Home Office offence classification code, e.g. <c>28A</c>, <c>37/2</c>; empty for non-crime incidents.</summary>
    public required string OffenceCode { get; init; }

    /// <summary>Crime, non-crime hate incident or ASB incident.</summary>
    public required IncidentType IncidentType { get; init; }

    /// <summary>Division (BCU) code, e.g. <c>EAST</c>.</summary>
    public required string Division { get; init; }

    /// <summary>Pseudonymous victim id from the force system (used for repeat-contact checks).</summary>
    public required string VictimId { get; init; }

    /// <summary>Person or organisation.</summary>
    public required VictimType VictimType { get; init; }

    /// <summary>Age in whole years at the report; null when unknown.</summary>
    public required int? Age { get; init; }

    /// <summary>True when a valid UK phone number is on record.</summary>
    public required bool HasUsablePhone { get; init; }

    /// <summary>Location id (used for ASB repeat locations); may be empty.</summary>
    public required string LocationId { get; init; }

    /// <summary>Flags on the record.</summary>
    public required CrimeFlags Flags { get; init; }

    /// <summary>True when every flag in <paramref name="flags"/> is set.</summary>
    public bool Has(CrimeFlags flags) => (Flags & flags) == flags;

    /// <summary>
    /// Builds a record, deriving <see cref="ReportDate"/> from <paramref name="recordedAt"/> (UK local date) and the
    /// age from <paramref name="age"/> or, when that is null, from <paramref name="dateOfBirth"/> at the report date.
    /// </summary>
    public static IncidentRecord Create(
        string crimeRef,
        DateTimeOffset recordedAt,
        string offenceCode,
        IncidentType incidentType,
        string division,
        string victimId,
        VictimType victimType,
        int? age,
        DateOnly? dateOfBirth,
        bool hasUsablePhone,
        string locationId,
        CrimeFlags flags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(crimeRef);
        var reportDate = UkLocalTime.ToUkDate(recordedAt);
        return new IncidentRecord
        {
            CrimeRef = crimeRef,
            RecordedAt = recordedAt.ToUniversalTime(),
            ReportDate = reportDate,
            OffenceCode = offenceCode ?? string.Empty,
            IncidentType = incidentType,
            Division = division ?? string.Empty,
            VictimId = victimId ?? string.Empty,
            VictimType = victimType,
            Age = age ?? (dateOfBirth is { } dob ? UkLocalTime.AgeOn(dob, reportDate) : null),
            HasUsablePhone = hasUsablePhone,
            LocationId = locationId ?? string.Empty,
            Flags = flags,
        };
    }
}
