using System.Globalization;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// The one check of a weight, with the one message every caller reports (the design, the weighting methods
/// and the files the <c>stats</c> commands read): a weight must be a finite number &gt; 0 (or &gt;= 0 where a
/// step may zero rows, e.g. after a nonresponse adjustment or in a replicate).
/// </summary>
public static class WeightCheck
{
    /// <summary>Null when <paramref name="weight"/> is acceptable, else the reason ("weight must be ..., got X").</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="allowZero">Whether 0 is acceptable.</param>
    public static string? Problem(double weight, bool allowZero = false)
    {
        if (double.IsFinite(weight) && (weight > 0 || (allowZero && weight == 0)))
        {
            return null;
        }

        var bound = allowZero ? ">= 0" : "> 0";
        return string.Create(CultureInfo.InvariantCulture, $"weight must be a finite number {bound}, got {weight.ToString("R", CultureInfo.InvariantCulture)}");
    }
}
