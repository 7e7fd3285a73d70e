using MathNet.Numerics.Distributions;

namespace Satisfaction.Core.Sampling;

/// <summary>
/// Planning sample sizes for a proportion (domain.md §6.5): n = z² · p(1−p) · deff / (e² · rr), the cases to
/// issue so that the CI half-width of the estimate is at most e after non-response.
/// </summary>
public static class SampleSizePlanner
{
    /// <summary>
    /// Cases to issue, rounded up. With p = 0.5, e = 0.03, 95%, deff = 1, rr = 1 this is 1,068; with p = 0.8, 683.
    /// </summary>
    /// <param name="p">Expected proportion, 0 &lt; p &lt; 1.</param>
    /// <param name="halfWidth">Target half-width as a proportion, 0 &lt; e ≤ 0.5.</param>
    /// <param name="confidenceLevel">Two-sided confidence level, 0 &lt; level &lt; 1.</param>
    /// <param name="designEffect">Design effect, &gt; 0.</param>
    /// <param name="responseRate">Expected response rate, 0 &lt; rr ≤ 1.</param>
    public static int CasesToIssue(double p, double halfWidth, double confidenceLevel, double designEffect, double responseRate)
    {
        CheckOpen(p, 0, 1, nameof(p));
        CheckOpen(halfWidth, 0, 0.5 + 1e-12, nameof(halfWidth));
        CheckOpen(confidenceLevel, 0, 1, nameof(confidenceLevel));
        CheckOpen(designEffect, 0, double.MaxValue, nameof(designEffect));
        CheckOpen(responseRate, 0, 1 + 1e-12, nameof(responseRate));
        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidenceLevel) / 2));
        var n = z * z * p * (1 - p) * designEffect / (halfWidth * halfWidth * responseRate);
        // Guard against 682.0000000001-style noise pushing an exact integer up by one.
        return (int)Math.Ceiling(n - 1e-9);
    }

    private static void CheckOpen(double value, double min, double max, string name)
    {
        if (double.IsNaN(value) || value <= min || value >= max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value should be in ({min}, {max}).");
        }
    }
}
