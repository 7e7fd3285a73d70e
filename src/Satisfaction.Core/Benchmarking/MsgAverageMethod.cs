namespace Satisfaction.Core.Benchmarking;

/// <summary>How the MSG average is formed (iQuanta's own rule is not published; both are offered).</summary>
public enum MsgAverageMethod
{
    /// <summary>Unweighted mean of the forces' percentages: each force counts once.</summary>
    MeanOfForces,

    /// <summary>Pooled: sum of satisfied respondents over the sum of respondents (large forces weigh more).</summary>
    PooledByRespondents,
}
