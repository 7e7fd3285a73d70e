namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Settings of <see cref="Calibration"/>, with R <c>calibrate()</c>'s defaults.</summary>
public sealed record CalibrationOptions
{
    /// <summary>Distance function; default linear.</summary>
    public CalibrationFunction Function { get; init; } = CalibrationFunction.Linear;

    /// <summary>Lower bound on g = weight / base weight; default -infinity (no bound).</summary>
    public double LowerBound { get; init; } = double.NegativeInfinity;

    /// <summary>Upper bound on g = weight / base weight; default +infinity (no bound).</summary>
    public double UpperBound { get; init; } = double.PositiveInfinity;

    /// <summary>Most Newton iterations; R's <c>maxit</c>, default 50.</summary>
    public int MaxIterations { get; init; } = 50;

    /// <summary>Converged when max |misfit| / (1 + |population total|) is below this; R's <c>epsilon</c>, default 1e-7.</summary>
    public double Epsilon { get; init; } = 1e-7;

    /// <summary>Relative tolerance within which every margin's totals must add up to the same population (default 1e-6).</summary>
    public double TotalsTolerance { get; init; } = 1e-6;

    /// <summary>Allow base weights of 0 (rows outside a replicate); otherwise every base weight must be positive.</summary>
    public bool AllowZeroWeights { get; init; }

    /// <summary>Whether either bound is finite.</summary>
    public bool IsBounded => !double.IsNegativeInfinity(LowerBound) || !double.IsPositiveInfinity(UpperBound);
}
