namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Stopping rule and checks of <see cref="Raking"/>, with R <c>rake()</c>'s defaults.</summary>
public sealed record RakingOptions
{
    /// <summary>Most passes (one pass post-stratifies on every margin in turn); R's <c>maxit</c>, default 10, at least 1.</summary>
    public int MaxIterations { get; init; } = 10;

    /// <summary>
    /// Stop when no cell of the full cross-classified weighted table moved by this much in a pass. Values
    /// &gt;= 1 are absolute (persons; default 1), values &lt; 1 are relative to the sum of the base weights (R's rule).
    /// </summary>
    public double Epsilon { get; init; } = 1.0;

    /// <summary>Relative tolerance within which every margin's totals must add up to the same population (default 1e-6).</summary>
    public double TotalsTolerance { get; init; } = 1e-6;

    /// <summary>
    /// Run exactly <see cref="MaxIterations"/> passes without testing convergence: how R's <c>rake()</c> rakes the
    /// replicate weights of a replicate design, which stop when the full-sample weights stop (all together).
    /// </summary>
    public bool FixedPasses { get; init; }

    /// <summary>Allow base weights of 0 (rows outside a replicate); otherwise every base weight must be positive.</summary>
    public bool AllowZeroWeights { get; init; }
}
