namespace Satisfaction.Core.Crimes;

/// <summary>What kind of record a recorded-crime extract row is (CSV column <c>incident_type</c>).</summary>
/// <remarks>Text codes (see <see cref="EnumCodes"/>): <c>crime</c>, <c>hate_incident</c>, <c>asb</c>.</remarks>
public enum IncidentType
{
    /// <summary>A notifiable recorded crime (<c>crime</c>).</summary>
    Crime = 0,

    /// <summary>A non-crime hate incident (<c>hate_incident</c>).</summary>
    HateIncident = 1,

    /// <summary>An anti-social behaviour incident (<c>asb</c>).</summary>
    Asb = 2,
}
