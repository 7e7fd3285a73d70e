namespace Satisfaction.Application.Scores;

/// <summary>The domains <c>scores --by</c> asks for (besides the force, always given).</summary>
public enum ScoreBreakdown
{
    /// <summary>Each user group and each division (the default).</summary>
    Standard = 0,

    /// <summary>Each user group.</summary>
    UserGroup = 1,

    /// <summary>Each division.</summary>
    Division = 2,

    /// <summary>Each calendar month of the two periods (by interview date).</summary>
    Month = 3,

    /// <summary>Each calendar quarter of the two periods (yyyy-Qn, by interview date).</summary>
    Quarter = 4,
}
