using System.Buffers;

namespace Satisfaction.Core.Statistics;

/// <summary>Differences between two domains of one design with the covariance term (see <see cref="DomainDifference"/>).</summary>
public static class DomainComparison
{
    /// <summary>Compares the weighted mean of <paramref name="values"/> in domain a with domain b.</summary>
    /// <param name="design">The design.</param>
    /// <param name="values">One value per row (e.g. a 0/1 indicator); NaN = not in either domain.</param>
    /// <param name="domainA">Membership of domain a (e.g. in-year).</param>
    /// <param name="domainB">Membership of domain b (e.g. previous 12 months), disjoint from a.</param>
    /// <param name="nameA">Name of a for errors.</param>
    /// <param name="nameB">Name of b for errors.</param>
    /// <returns>The difference a - b.</returns>
    /// <exception cref="InvalidInputException">Either domain is empty.</exception>
    /// <exception cref="ArgumentException">The domains overlap.</exception>
    public static DomainDifference Compare(
        SurveyDesign design,
        ReadOnlySpan<double> values,
        ReadOnlySpan<bool> domainA,
        ReadOnlySpan<bool> domainB,
        string nameA = "a",
        string nameB = "b")
    {
        ArgumentNullException.ThrowIfNull(design);
        var rows = design.RowCount;
        var za = ArrayPool<double>.Shared.Rent(rows);
        var zb = ArrayPool<double>.Shared.Rent(rows);
        try
        {
            var union = new bool[rows];
            for (var i = 0; i < rows; i++)
            {
                if (domainA[i] && domainB[i])
                {
                    throw new ArgumentException("the two domains overlap");
                }

                union[i] = domainA[i] || domainB[i];
            }

            var a = SurveyEstimator.Compute(design, values, domainA, total: false, nameA, za.AsSpan(0, rows), glmStart: false);
            var b = SurveyEstimator.Compute(design, values, domainB, total: false, nameB, zb.AsSpan(0, rows), glmStart: false);
            var both = SurveyEstimator.Compute(design, values, union, total: false, nameA + " or " + nameB, linearised: default, glmStart: false);
            var covariance = design.Covariance(za.AsSpan(0, rows), zb.AsSpan(0, rows));
            var difference = a.Estimate - b.Estimate;
            var se = Math.Sqrt(a.Variance + b.Variance - (2 * covariance));
            var z = difference / se;
            var df = both.DegreesOfFreedom - 1;
            return new DomainDifference(
                a,
                b,
                difference,
                se,
                covariance,
                z,
                2 * Quantiles.NormalCdf(-Math.Abs(z)),
                df,
                2 * Quantiles.TCdf(-Math.Abs(z), df));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(za);
            ArrayPool<double>.Shared.Return(zb);
        }
    }
}
