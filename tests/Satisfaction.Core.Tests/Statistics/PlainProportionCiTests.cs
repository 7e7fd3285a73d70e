using System.Text.Json;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>Every case of plain_proportions against base R (prop.test, binom.test, qbeta).</summary>
public sealed class PlainProportionCiTests
{
    private static readonly (string Key, PlainCiMethod Method)[] Methods =
    [
        ("wald", PlainCiMethod.Wald),
        ("wilson", PlainCiMethod.Wilson),
        ("wilson_cc_r", PlainCiMethod.WilsonCc),
        ("clopper_pearson", PlainCiMethod.ClopperPearson),
        ("jeffreys", PlainCiMethod.Jeffreys),
        ("agresti_coull", PlainCiMethod.AgrestiCoull),
    ];

    [Fact]
    public void Compute_EveryReferenceCase_MatchesR()
    {
        // Given
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "plain_proportions", "expected.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var level = doc.RootElement.GetProperty("level").GetDouble();
        var cases = 0;
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var x = c.GetProperty("x").GetInt64();
            var n = c.GetProperty("n").GetInt64();
            foreach (var (key, method) in Methods)
            {
                // When
                var ci = PlainProportionCi.Compute(method, x, n, level);

                // Then
                var expected = c.GetProperty(key);
                ReferenceAssert.Close(expected[0].GetDouble(), ci.Lower, ReferenceAssert.ClosedForm, $"x={x} n={n} {key} lower");
                ReferenceAssert.Close(expected[1].GetDouble(), ci.Upper, ReferenceAssert.ClosedForm, $"x={x} n={n} {key} upper");
            }

            cases++;
        }

        Assert.Equal(20, cases);
    }

    [Fact]
    public void Compute_XAboveN_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlainProportionCi.Compute(PlainCiMethod.Wilson, 11, 10, 0.95));
    }
}
