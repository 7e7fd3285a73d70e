using Satisfaction.Core.Crimes;

namespace Satisfaction.Data.Entities;

/// <summary>
/// One recorded crime or incident from the force's crime-recording extract (no contact details:
/// those are in <see cref="VictimContact"/>).
/// </summary>
public sealed class RecordedCrime
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The force that recorded it (the force of its division); crime references are unique per force.</summary>
    public int ForceId { get; set; }

    /// <summary>The force's unique reference (max 32).</summary>
    public string CrimeRef { get; set; } = string.Empty;

    /// <summary>When it was recorded, as an instant (stored in UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The force-local (Europe/London) calendar date of <see cref="RecordedAt"/>: fieldwork windows use it.</summary>
    public DateOnly RecordedDate { get; set; }

    /// <summary>Home Office offence classification code, e.g. <c>28A</c>, <c>37/2</c> (max 16); empty for incidents.</summary>
    public string OffenceCode { get; set; } = string.Empty;

    /// <summary>Crime, non-crime hate incident or ASB incident.</summary>
    public IncidentType IncidentType { get; set; }

    /// <summary>The division it was recorded in.</summary>
    public int DivisionId { get; set; }

    /// <summary>The division (navigation).</summary>
    public Division? Division { get; set; }

    /// <summary>The force's victim identifier (max 64); links to <see cref="VictimContact"/>.</summary>
    public string VictimId { get; set; } = string.Empty;

    /// <summary>Person or organisation.</summary>
    public VictimType VictimType { get; set; }

    /// <summary>Age in whole years at the report, when given.</summary>
    public int? VictimAge { get; set; }

    /// <summary>Date of birth, when given instead of (or as well as) the age.</summary>
    public DateOnly? VictimDateOfBirth { get; set; }

    /// <summary>Location identifier, e.g. a UPRN or gazetteer id (max 64); ASB repeat locations use it.</summary>
    public string? LocationId { get; set; }

    /// <summary>Markers; stored as a semicolon-separated text list (max 256).</summary>
    public CrimeFlags Flags { get; set; }

    /// <summary>When the record was first imported (UTC).</summary>
    public DateTimeOffset FirstImportedAt { get; set; }

    /// <summary>When the record last changed on import (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>File name the current version came from (max 260).</summary>
    public string SourceFile { get; set; } = string.Empty;

    /// <summary>Physical line in <see cref="SourceFile"/> (header = 1).</summary>
    public long SourceLine { get; set; }
}
