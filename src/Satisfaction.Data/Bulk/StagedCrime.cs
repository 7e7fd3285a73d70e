using Satisfaction.Core.Crimes;

namespace Satisfaction.Data.Bulk;

/// <summary>
/// One checked row of a recorded-crime extract, ready for the store: codes parsed, the division resolved to
/// its key, the phone normalised. Personal data (the phone): never log it.
/// </summary>
/// <param name="Line">Physical line in the file (header = 1); stored as the record's source line.</param>
/// <param name="CrimeRef">Unique reference, 1 to <see cref="RecordedCrimeLimits.CrimeRef"/> characters.</param>
/// <param name="RecordedAt">The instant recorded (any offset; stored as UTC ticks).</param>
/// <param name="RecordedDate">Its Europe/London calendar date.</param>
/// <param name="OffenceCode">Offence code as it is to be stored; empty when none.</param>
/// <param name="IncidentType">Crime, non-crime hate incident or ASB.</param>
/// <param name="DivisionId">Key of the division in <c>divisions</c>.</param>
/// <param name="VictimId">The force's victim identifier.</param>
/// <param name="VictimType">Person or organisation.</param>
/// <param name="VictimAge">Age in whole years at the report (0 to 130), or null.</param>
/// <param name="VictimDateOfBirth">Date of birth, or null.</param>
/// <param name="LocationId">Location identifier, or null.</param>
/// <param name="Flags">Markers.</param>
/// <param name="PhoneE164">A usable phone in E.164 form, or null when none was given or it is unusable.</param>
public readonly record struct StagedCrime(
    long Line,
    string CrimeRef,
    DateTimeOffset RecordedAt,
    DateOnly RecordedDate,
    string OffenceCode,
    IncidentType IncidentType,
    int DivisionId,
    string VictimId,
    VictimType VictimType,
    int? VictimAge,
    DateOnly? VictimDateOfBirth,
    string? LocationId,
    CrimeFlags Flags,
    string? PhoneE164)
{
    /// <inheritdoc />
    public override string ToString() => $"StagedCrime {{ Line = {Line}, CrimeRef = {CrimeRef} }}";
}
