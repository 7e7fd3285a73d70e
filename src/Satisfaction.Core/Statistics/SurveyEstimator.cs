using System.Buffers;

namespace Satisfaction.Core.Statistics;

/// <summary>
/// Weighted means and totals with Taylor-linearised variances over the whole sample or a domain
/// (R <c>svymean</c> / <c>svytotal</c> on <c>subset(design, domain)</c>): a domain keeps the full design,
/// its linearised values are zero outside the domain, and n, df and the row count are the domain's own.
/// </summary>
/// <remarks>
/// Values that are NaN leave the domain (R <c>na.rm = TRUE</c>). A design with an
/// <see cref="ILinearisationAdjustment"/> has it applied to the weighted linearised values first, as R does.
/// </remarks>
public static class SurveyEstimator
{
    /// <summary>Weighted mean of <paramref name="values"/> over the domain.</summary>
    /// <param name="design">The design.</param>
    /// <param name="values">One value per design row; NaN = missing (excluded).</param>
    /// <param name="domain">Domain membership per row; empty = every row.</param>
    /// <param name="domainName">Name used in the error for an empty domain.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="InvalidInputException">The domain has no respondents with a value.</exception>
    public static LinearEstimate Mean(SurveyDesign design, ReadOnlySpan<double> values, ReadOnlySpan<bool> domain = default, string? domainName = null)
        => Compute(design, values, domain, total: false, domainName, linearised: default);

    /// <summary>Weighted total of <paramref name="values"/> over the domain.</summary>
    /// <param name="design">The design.</param>
    /// <param name="values">One value per design row; NaN = missing (excluded).</param>
    /// <param name="domain">Domain membership per row; empty = every row.</param>
    /// <param name="domainName">Name used in the error for an empty domain.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="InvalidInputException">The domain has no respondents with a value.</exception>
    public static LinearEstimate Total(SurveyDesign design, ReadOnlySpan<double> values, ReadOnlySpan<bool> domain = default, string? domainName = null)
        => Compute(design, values, domain, total: true, domainName, linearised: default);

    /// <summary>
    /// The estimator core. When <paramref name="linearised"/> is not empty it receives the (adjusted)
    /// linearised values, for covariances between estimators.
    /// </summary>
    internal static LinearEstimate Compute(
        SurveyDesign design,
        ReadOnlySpan<double> values,
        ReadOnlySpan<bool> domain,
        bool total,
        string? domainName,
        Span<double> linearised)
    {
        ArgumentNullException.ThrowIfNull(design);
        var rows = design.RowCount;
        if (values.Length != rows || (!domain.IsEmpty && domain.Length != rows))
        {
            throw new ArgumentException("values and domain must have one element per design row");
        }

        var weights = design.Weights;
        var strata = design.StratumIndex;
        var stratumSeen = new bool[design.StratumCount];
        var psuSeen = new bool[design.PsuCount];
        var all = domain.IsEmpty;
        double sumW = 0, sumWy = 0;
        int n = 0, strataIn = 0, psusIn = 0;
        for (var i = 0; i < rows; i++)
        {
            var y = values[i];
            if ((!all && !domain[i]) || double.IsNaN(y))
            {
                continue;
            }

            var w = weights[i];
            sumW += w;
            sumWy += w * y;
            n++;
            if (!stratumSeen[strata[i]])
            {
                stratumSeen[strata[i]] = true;
                strataIn++;
            }

            var psu = design.PsuOf(i);
            if (!psuSeen[psu])
            {
                psuSeen[psu] = true;
                psusIn++;
            }
        }

        if (n == 0)
        {
            throw new InvalidInputException($"domain '{domainName ?? "whole sample"}' is empty: no respondents with a value in it");
        }

        var mean = sumWy / sumW;
        double[]? rented = null;
        var z = linearised.IsEmpty ? (rented = ArrayPool<double>.Shared.Rent(rows)).AsSpan(0, rows) : linearised;
        try
        {
            double sumSquares = 0;
            var rowCount = design.SubsetKeepsAllRows ? rows : n;
            var scale = rowCount / sumW;
            double glmNumerator = 0, glmWeights = 0, glmDeviance = 0;
            for (var i = 0; i < rows; i++)
            {
                var y = values[i];
                if ((!all && !domain[i]) || double.IsNaN(y))
                {
                    z[i] = 0;
                    continue;
                }

                var w = weights[i];
                var d = y - mean;
                sumSquares += w * d * d;
                z[i] = total ? w * y : w * d / sumW;

                // R glm.fit's first iteration for a quasibinomial intercept-only svyglm (weights w / mean(w)).
                var prior = w * scale;
                var start = ((prior * y) + 0.5) / (prior + 1);
                var variance1 = start * (1 - start);
                var working = prior * variance1;
                glmNumerator += working * (Math.Log(start / (1 - start)) + ((y - start) / variance1));
                glmWeights += working;
                glmDeviance += 2 * prior * ((y > 0 ? y * Math.Log(y / start) : 0) + (y < 1 ? (1 - y) * Math.Log((1 - y) / (1 - start)) : 0));
            }

            design.Adjustment?.Residualize(z);
            var variance = design.Covariance(z, z);
            var s2 = n > 1 ? sumSquares / sumW * n / (n - 1) : double.NaN;
            double srsReplace, srs;
            if (total)
            {
                srsReplace = s2 * sumW * sumW / n;
                srs = s2 * sumW * sumW * (sumW - n) / (sumW * n);
            }
            else
            {
                srsReplace = s2 / n;
                srs = s2 * (sumW - n) / (sumW * n);
            }

            var deff = sumW < n || !(srs > 0) ? double.NaN : variance / srs;
            var deffReplace = srsReplace > 0 ? variance / srsReplace : double.NaN;
            return new LinearEstimate(
                total ? "total" : "mean",
                total ? sumWy : mean,
                variance,
                n,
                sumW,
                psusIn - strataIn,
                deff,
                deffReplace,
                rowCount)
            {
                GlmStart = new GlmFirstStep(glmNumerator / glmWeights, glmWeights, glmDeviance),
            };
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }
    }
}
