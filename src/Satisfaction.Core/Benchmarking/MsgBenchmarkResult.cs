namespace Satisfaction.Core.Benchmarking;

/// <summary>
/// How a force compares with its Most Similar Group and with all forces on one measure and period. Percentages
/// are on the 0-100 scale; the difference is in percentage points. Fields that cannot be formed (an MSG with no
/// other member, a test with zero standard error) are null, never NaN.
/// </summary>
/// <param name="Force">The force as named in the peer data.</param>
/// <param name="Measure">Measure id.</param>
/// <param name="PeriodEnd">End of the period.</param>
/// <param name="ForcePct">The force's % satisfied.</param>
/// <param name="ForceSe">Its standard error (percentage points).</param>
/// <param name="MsgAverage">The headline MSG average: the chosen method over the other MSG forces (the force excluded).</param>
/// <param name="MsgAverageMethod">Which average that is, in words (method, members, the force excluded).</param>
/// <param name="MsgAverageSe">Standard error of <paramref name="MsgAverage"/> from its members' standard errors.</param>
/// <param name="MsgMeanWithForce">Mean of forces over the whole MSG, the force included.</param>
/// <param name="MsgMeanWithoutForce">Mean of forces over the other MSG forces.</param>
/// <param name="MsgPooledWithForce">Pooled by respondents over the whole MSG.</param>
/// <param name="MsgPooledWithoutForce">Pooled by respondents over the other MSG forces.</param>
/// <param name="RankMsg">The force's rank in its MSG (1 = best; ties share a rank, "1224").</param>
/// <param name="MsgSize">Forces in the MSG, the force included.</param>
/// <param name="RankNational">The force's rank among all forces in the data (1 = best; ties share).</param>
/// <param name="NationalSize">Forces in the data for this measure and period.</param>
/// <param name="BestForce">The best force nationally (tied forces joined by ", ", in name order).</param>
/// <param name="BestPct">Its %.</param>
/// <param name="MsgMin">Lowest % in the MSG, the force included.</param>
/// <param name="MsgMax">Highest % in the MSG, the force included.</param>
/// <param name="Difference">ForcePct - MsgAverage (percentage points).</param>
/// <param name="Z">Difference / sqrt(ForceSe² + MsgAverageSe²).</param>
/// <param name="PValue">Two-sided p-value of the normal test, 2 Φ(-|z|).</param>
/// <param name="Significant">True when PValue is below 1 - level.</param>
/// <param name="SeMethod">How the standard errors were formed, in words.</param>
public sealed record MsgBenchmarkResult(
    string Force,
    string Measure,
    DateOnly PeriodEnd,
    double ForcePct,
    double ForceSe,
    double? MsgAverage,
    string MsgAverageMethod,
    double? MsgAverageSe,
    double? MsgMeanWithForce,
    double? MsgMeanWithoutForce,
    double? MsgPooledWithForce,
    double? MsgPooledWithoutForce,
    int RankMsg,
    int MsgSize,
    int RankNational,
    int NationalSize,
    string BestForce,
    double BestPct,
    double MsgMin,
    double MsgMax,
    double? Difference,
    double? Z,
    double? PValue,
    bool? Significant,
    string SeMethod);
