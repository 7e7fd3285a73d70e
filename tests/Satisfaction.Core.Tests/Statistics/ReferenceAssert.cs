using System.Globalization;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>Relative-error comparison against R's reference values.</summary>
internal static class ReferenceAssert
{
    public const double ClosedForm = 1e-9;
    public const double Iterative = 1e-6;

    public static void Close(double expected, double actual, double relativeTolerance, string what)
    {
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / scale;
        var limit = expected == 0 ? 1e-15 : relativeTolerance;
        Assert.True(
            error <= limit,
            string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R}, relative error {error:E3} > {limit:E1}"));
    }
}
