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
/// Two passes over the rows; no per-row allocation.
/// </remarks>
public static partial class SurveyEstimator
{
    /// <summary>Weighted mean of <paramref name="values"/> over the domain.</summary>
    /// <param name="design">The design.</param>
    /// <param name="values">One value per design row; NaN = missing (excluded).</param>
    /// <param name="domain">Domain membership per row; empty = every row.</param>
    /// <param name="domainName">Name used in the error for an empty domain.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="InvalidInputException">The domain has no respondents with a value.</exception>
    public static LinearEstimate Mean(SurveyDesign design, ReadOnlySpan<double> values, ReadOnlySpan<bool> domain = default, string? domainName = null)
        => Compute(design, values, domain, total: false, domainName, linearised: default, glmStart: true);

    /// <summary>Weighted total of <paramref name="values"/> over the domain.</summary>
    /// <param name="design">The design.</param>
    /// <param name="values">One value per design row; NaN = missing (excluded).</param>
    /// <param name="domain">Domain membership per row; empty = every row.</param>
    /// <param name="domainName">Name used in the error for an empty domain.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="InvalidInputException">The domain has no respondents with a value.</exception>
    public static LinearEstimate Total(SurveyDesign design, ReadOnlySpan<double> values, ReadOnlySpan<bool> domain = default, string? domainName = null)
        => Compute(design, values, domain, total: true, domainName, linearised: default, glmStart: false);

    /// <summary>
    /// The estimator core. When <paramref name="linearised"/> is not empty it receives the (adjusted)
    /// linearised values, for covariances between estimators. <paramref name="glmStart"/> also replays R's
    /// first IRLS step for a 0/1 variable (needed only by the likelihood interval).
    /// </summary>
    internal static LinearEstimate Compute(
        SurveyDesign design,
        ReadOnlySpan<double> values,
        ReadOnlySpan<bool> domain,
        bool total,
        string? domainName,
        Span<double> linearised,
        bool glmStart)
    {
        ArgumentNullException.ThrowIfNull(design);
        var rows = design.RowCount;
        if (values.Length != rows || (!domain.IsEmpty && domain.Length != rows))
        {
            throw new ArgumentException("values and domain must have one element per design row");
        }

        var weights = design.Weights;
        var strata = design.StratumIndex;
        var firstOfStratum = new int[design.StratumCount];
        Array.Fill(firstOfStratum, -1);
        var countOfStratum = new int[design.StratumCount];
        var psuSeen = design.HasClusters ? new bool[design.PsuCount] : null;
        var all = domain.IsEmpty;
        double sumW = 0, sumWy = 0;
        int n = 0, strataIn = 0, psusIn = 0, ones = 0;
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
            if (y == 1.0)
            {
                ones++;
            }

            var h = strata[i];
            if (countOfStratum[h]++ == 0)
            {
                firstOfStratum[h] = i;
                strataIn++;
            }

            if (psuSeen is not null)
            {
                var psu = design.PsuOf(i);
                if (!psuSeen[psu])
                {
                    psuSeen[psu] = true;
                    psusIn++;
                }
            }
        }

        if (psuSeen is null)
        {
            psusIn = n;
        }

        if (n == 0)
        {
            throw new InvalidInputException($"domain '{domainName ?? "whole sample"}' is empty: no respondents with a value in it");
        }

        var mean = sumWy / sumW;
        var rowCount = design.SubsetKeepsAllRows ? rows : n;

        // Fast path (no clusters, no calibration, nobody wants the values): per-stratum sums in this pass.
        var fused = design.Adjustment is null && !design.HasClusters && linearised.IsEmpty;
        double[]? rented = null;
        var z = fused ? default : linearised.IsEmpty ? (rented = ArrayPool<double>.Shared.Rent(rows)).AsSpan(0, rows) : linearised;
        // Fast path sums are shifted by each stratum's first linearised value (equal values give exactly 0, as R).
        var shift = fused ? new double[design.StratumCount] : null;
        var sum1 = fused ? new double[design.StratumCount] : null;
        var sum2 = fused ? new double[design.StratumCount] : null;
        for (var h = 0; fused && h < shift!.Length; h++)
        {
            var i = firstOfStratum[h];
            if (i >= 0)
            {
                shift[h] = total ? weights[i] * values[i] : weights[i] * (values[i] - mean) / sumW;
            }
        }

        try
        {
            double sumSquares = 0;
            var glm = glmStart ? new GlmAccumulator(rowCount / sumW) : default;
            for (var i = 0; i < rows; i++)
            {
                var y = values[i];
                if ((!all && !domain[i]) || double.IsNaN(y))
                {
                    if (!fused)
                    {
                        z[i] = 0;
                    }

                    continue;
                }

                var w = weights[i];
                var d = y - mean;
                sumSquares += w * d * d;
                var zi = total ? w * y : w * d / sumW;
                if (fused)
                {
                    var h = strata[i];
                    var shifted = zi - shift![h];
                    sum1![h] += shifted;
                    sum2![h] += shifted * shifted;
                }
                else
                {
                    z[i] = zi;
                }

                if (glmStart)
                {
                    glm.Add(w, y);
                }
            }

            double variance;
            if (fused)
            {
                variance = design.CombineStrata(StratumMoments.FromShiftedSums(countOfStratum, shift!, sum1!, sum2!, 0, design.StratumCount));
            }
            else
            {
                design.Adjustment?.Residualize(z);
                variance = design.Covariance(z, z);
            }

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
                GlmStart = glmStart ? glm.Result() : null,
                CountOfOnes = ones,
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

    /// <summary>R glm.fit's first iteration for a quasibinomial intercept-only svyglm (prior weights w / mean(w)).</summary>
    internal struct GlmAccumulator(double scale)
    {
        private double _numerator;
        private double _weights;
        private double _deviance;
        private double _lastWeight = double.NaN;
        private double _lastLogit;
        private double _lastDeviance;

        public void Add(double w, double y)
        {
            var prior = w * scale;
            var start = ((prior * y) + 0.5) / (prior + 1);
            var variance = start * (1 - start);
            var working = prior * variance;
            double logit;
            if (y is 0.0 or 1.0)
            {
                // For a 0/1 value logit(start) = +/- log(2W + 1) and the deviance term is
                // 2W log((2W + 2) / (2W + 1)) either way; weights repeat, so cache both.
                if (prior != _lastWeight)
                {
                    _lastWeight = prior;
                    _lastLogit = Math.Log((2 * prior) + 1);
                    _lastDeviance = 2 * prior * (Math.Log((2 * prior) + 2) - _lastLogit);
                }

                logit = y == 1.0 ? _lastLogit : -_lastLogit;
                _deviance += _lastDeviance;
            }
            else
            {
                logit = Math.Log(start / (1 - start));
                _deviance += 2 * prior * ((y > 0 ? y * Math.Log(y / start) : 0) + (y < 1 ? (1 - y) * Math.Log((1 - y) / (1 - start)) : 0));
            }

            _numerator += working * (logit + ((y - start) / variance));
            _weights += working;
        }

        public readonly GlmFirstStep Result() => new(_numerator / _weights, _weights, _deviance);
    }
}
