namespace Satisfaction.Core.Statistics;

/// <summary>A confidence interval [lower, upper]; NaN bounds mean "not defined" (written as null).</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct CiBounds(double Lower, double Upper)
{
    /// <summary>An interval that is not defined for the data (both bounds NaN).</summary>
    public static CiBounds Undefined => new(double.NaN, double.NaN);

    /// <summary>True when both bounds are numbers.</summary>
    public bool IsDefined => !double.IsNaN(Lower) && !double.IsNaN(Upper);
}
