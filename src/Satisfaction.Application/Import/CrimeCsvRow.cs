using Satisfaction.Core.Crimes;
using Satisfaction.Core.Phones;

namespace Satisfaction.Application.Import;

/// <summary>One valid row of the recorded-crime extract, parsed and normalised.</summary>
/// <param name="Line">Physical line, header = 1.</param>
/// <param name="CrimeRef">Unique reference.</param>
/// <param name="RecordedAt">The instant recorded, in UTC (offset zero).</param>
/// <param name="RecordedDate">Its Europe/London calendar date.</param>
/// <param name="OffenceCode">Offence code in upper case; empty for incidents without one.</param>
/// <param name="IncidentType">Crime, hate incident or ASB.</param>
/// <param name="Division">Division code in upper case.</param>
/// <param name="VictimId">Victim identifier.</param>
/// <param name="VictimType">Person or organisation.</param>
/// <param name="VictimAge">Age at the report as given; null when not given (eligibility works it out from the date of birth).</param>
/// <param name="VictimDateOfBirth">Date of birth when given.</param>
/// <param name="Phone">The normalised phone (personal data: never log it).</param>
/// <param name="LocationId">Location identifier, null when empty.</param>
/// <param name="Flags">Markers.</param>
public sealed record CrimeCsvRow(
    long Line,
    string CrimeRef,
    DateTimeOffset RecordedAt,
    DateOnly RecordedDate,
    string OffenceCode,
    IncidentType IncidentType,
    string Division,
    string VictimId,
    VictimType VictimType,
    int? VictimAge,
    DateOnly? VictimDateOfBirth,
    PhoneNormalisation Phone,
    string? LocationId,
    CrimeFlags Flags)
{
    /// <inheritdoc />
    public override string ToString() => $"CrimeCsvRow {{ Line = {Line}, CrimeRef = {CrimeRef} }}";
}
