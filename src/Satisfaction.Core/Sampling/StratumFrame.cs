namespace Satisfaction.Core.Sampling;

/// <summary>The eligible records of one stratum in one draw, as allocation sees them.</summary>
/// <param name="Key">Stratum key, e.g. <c>burglary/EAST</c>.</param>
/// <param name="GroupCounts">Eligible records per user group in the stratum (one entry when strata split by group).</param>
public sealed record StratumFrame(string Key, IReadOnlyDictionary<string, int> GroupCounts)
{
    /// <summary>N_h: eligible records in the stratum.</summary>
    public int Population => GroupCounts.Values.Sum();

    /// <summary>A stratum holding one user group.</summary>
    public static StratumFrame Of(string key, string userGroup, int population) =>
        new(key, new Dictionary<string, int>(StringComparer.Ordinal) { [userGroup] = population });
}
