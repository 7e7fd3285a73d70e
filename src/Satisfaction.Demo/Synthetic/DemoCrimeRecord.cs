using Satisfaction.Core.Crimes;

namespace Satisfaction.Demo.Synthetic;

/// <summary>One synthetic recorded crime or incident, with the victim's contact details beside it.</summary>
/// <param name="CrimeRef">Unique reference, <c>DM/yyMMdd/nnnn</c>: the same date and seed always give the same records.</param>
/// <param name="RecordedAt">When recorded, in UK local time with its offset (GMT or BST).</param>
/// <param name="OffenceCode">Home Office offence code; empty for incidents.</param>
/// <param name="IncidentType">Crime, non-crime hate incident or ASB incident.</param>
/// <param name="Division">Division code: EAST, SOUTH or WEST.</param>
/// <param name="VictimId">Victim identifier; repeat victims reuse theirs.</param>
/// <param name="VictimType">Person or organisation.</param>
/// <param name="VictimAge">Age in whole years at the report, or null (date of birth given instead, or an organisation).</param>
/// <param name="VictimDateOfBirth">Date of birth when given instead of the age.</param>
/// <param name="PhoneE164">Phone in E.164 (Ofcom drama ranges only), or null when none was taken.</param>
/// <param name="PhoneAsGiven">The same phone as a call handler typed it (spaces, national or international form).</param>
/// <param name="VictimName">Synthetic name of a person victim, or the organisation's name.</param>
/// <param name="LocationId">Location identifier; ASB hot spots repeat.</param>
/// <param name="Flags">Markers.</param>
public sealed record DemoCrimeRecord(
    string CrimeRef,
    DateTimeOffset RecordedAt,
    string OffenceCode,
    IncidentType IncidentType,
    string Division,
    string VictimId,
    VictimType VictimType,
    int? VictimAge,
    DateOnly? VictimDateOfBirth,
    string? PhoneE164,
    string? PhoneAsGiven,
    string? VictimName,
    string LocationId,
    CrimeFlags Flags);
