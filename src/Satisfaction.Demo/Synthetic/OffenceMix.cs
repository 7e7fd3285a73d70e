using Satisfaction.Core.Crimes;

namespace Satisfaction.Demo.Synthetic;

/// <summary>The synthetic mix of offences and incidents, per 1,000 records, and per-category rates.</summary>
internal static class OffenceMix
{
    public static readonly Offence[] Offences =
    [
        // Burglary in a dwelling (USS burglary group).
        new("28", Category.Burglary, 8), new("28A", Category.Burglary, 12), new("28B", Category.Burglary, 14),
        new("28C", Category.Burglary, 8), new("28D", Category.Burglary, 5), new("29", Category.Burglary, 2),

        // Vehicle crime.
        new("37/2", Category.Vehicle, 3), new("45", Category.Vehicle, 30), new("48", Category.Vehicle, 35), new("126", Category.Vehicle, 8),

        // Violent crime and personal robbery.
        new("5", Category.Violence, 1), new("5A", Category.Violence, 2), new("5B", Category.Violence, 3), new("5C", Category.Violence, 2),
        new("5D", Category.Violence, 3), new("5E", Category.Violence, 1), new("8N", Category.Violence, 100),
        new("105A", Category.Violence, 85), new("105B", Category.Violence, 25), new("34B", Category.Violence, 18),

        // Sexual offences (always excluded from the surveys).
        new("17", Category.Sexual, 5), new("19C", Category.Sexual, 3),

        // Other crime, not surveyed unless hate-flagged; some have organisation victims.
        new("46", Category.Other, 60, OrganisationShare: 0.9), new("49", Category.Other, 70), new("58A", Category.Other, 25),
        new("58B", Category.Other, 15, OrganisationShare: 0.8), new("58C", Category.Other, 30), new("92A", Category.Other, 20),
        new("9A", Category.Other, 35), new("8L", Category.Other, 40), new("30A", Category.Other, 15, OrganisationShare: 1.0),
        new("44", Category.Other, 3, OrganisationShare: 1.0), new("53H", Category.Other, 5, OrganisationShare: 0.3),

        // Incidents.
        new(string.Empty, Category.HateIncident, 25),
        new(string.Empty, Category.Asb, 284),
    ];

    public static readonly int TotalWeight = Offences.Sum(o => o.Weight);

    public static Offence Pick(double u)
    {
        var target = u * TotalWeight;
        var cumulative = 0;
        foreach (var offence in Offences)
        {
            cumulative += offence.Weight;
            if (target < cumulative)
            {
                return offence;
            }
        }

        return Offences[^1];
    }

    public static IncidentType IncidentTypeOf(Category category) => category switch
    {
        Category.HateIncident => IncidentType.HateIncident,
        Category.Asb => IncidentType.Asb,
        _ => IncidentType.Crime,
    };

    /// <summary>Probability of each flag for a person victim in a category (repeat_victim comes from the victim pool).</summary>
    public static double Rate(Category category, CrimeFlags flag) => (category, flag) switch
    {
        (Category.Violence, CrimeFlags.DomesticAbuse) => 0.30,
        (Category.Sexual, CrimeFlags.DomesticAbuse) => 0.35,
        (Category.Other, CrimeFlags.DomesticAbuse) => 0.05,
        (Category.Burglary, CrimeFlags.DomesticAbuse) => 0.02,
        (Category.Vehicle, CrimeFlags.DomesticAbuse) => 0.01,
        (Category.Sexual, CrimeFlags.SexualOffence) => 1.0,
        (Category.HateIncident, CrimeFlags.Hate) => 1.0,
        (Category.Violence, CrimeFlags.Hate) => 0.05,
        (Category.Other, CrimeFlags.Hate) => 0.02,
        (Category.Burglary, CrimeFlags.Hate) => 0.005,
        (Category.Asb, CrimeFlags.Hate) => 0.01,
        (Category.Violence, CrimeFlags.PoliceVictimOnDuty) => 0.05,
        (Category.Other, CrimeFlags.PoliceVictimOnDuty) => 0.005,
        (_, CrimeFlags.Deceased) => 0.002,
        (_, CrimeFlags.DoNotContact) => 0.02,
        (Category.Violence, CrimeFlags.Suspect) => 0.04,
        (_, CrimeFlags.Suspect) => 0.005,
        (_, CrimeFlags.Vulnerable) => 0.06,
        _ => 0.0,
    };

    internal enum Category
    {
        Burglary,
        Vehicle,
        Violence,
        Sexual,
        Other,
        HateIncident,
        Asb,
    }

    internal sealed record Offence(string Code, Category Category, int Weight, double OrganisationShare = 0.0);
}
