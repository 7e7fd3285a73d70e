namespace Satisfaction.Core.Sampling;

/// <summary>What kind of police record an incident is (CSV column <c>incident_type</c>).</summary>
public enum IncidentType
{
    /// <summary>A recorded crime (<c>crime</c>).</summary>
    Crime,

    /// <summary>A non-crime hate incident (<c>hate_incident</c>).</summary>
    HateIncident,

    /// <summary>An anti-social behaviour incident (<c>asb</c>).</summary>
    Asb,
}
