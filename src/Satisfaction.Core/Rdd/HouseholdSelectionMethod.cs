namespace Satisfaction.Core.Rdd;

/// <summary>How the adult to interview was chosen within the household.</summary>
public enum HouseholdSelectionMethod
{
    /// <summary>The adult with the next birthday, from the adults' birthdays.</summary>
    NextBirthday,

    /// <summary>The adult with the next birthday, as reported by the person who answered (no roster).</summary>
    NextBirthdayReported,

    /// <summary>Kish's selection grid over the household roster.</summary>
    KishGrid,
}
