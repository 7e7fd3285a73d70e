namespace Satisfaction.Core.Statistics;

/// <content>All domains of a "by" column at once.</content>
public static partial class SurveyEstimator
{
    /// <summary>
    /// Weighted means of <paramref name="values"/> for the whole sample and for every domain of a
    /// categorical column, each exactly as <see cref="Mean"/> would give it for that domain.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="values">One value per design row; NaN = missing (excluded).</param>
    /// <param name="groupOfRow">Domain code per row, 0..<paramref name="groupCount"/> - 1 (negative = in no domain).</param>
    /// <param name="groupCount">Number of domains.</param>
    /// <param name="groupNames">Names of the domains, for the error on an empty one.</param>
    /// <returns>Element g is domain g; the last element is the whole sample.</returns>
    /// <exception cref="InvalidInputException">A domain (or the whole sample) has no respondents with a value.</exception>
    public static IReadOnlyList<LinearEstimate> MeanByGroup(
        SurveyDesign design, ReadOnlySpan<double> values, ReadOnlySpan<int> groupOfRow, int groupCount, IReadOnlyList<string>? groupNames = null)
        => ComputeGroups(design, values, groupOfRow, groupCount, groupNames, glmStart: true);

    internal static LinearEstimate[] ComputeGroups(
        SurveyDesign design, ReadOnlySpan<double> values, ReadOnlySpan<int> groupOfRow, int groupCount, IReadOnlyList<string>? groupNames, bool glmStart)
    {
        ArgumentNullException.ThrowIfNull(design);
        var rows = design.RowCount;
        if (values.Length != rows || groupOfRow.Length != rows)
        {
            throw new ArgumentException("values and groups must have one element per design row");
        }

        string Name(int g) => groupNames is not null && g < groupNames.Count ? groupNames[g] : g.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = new LinearEstimate[groupCount + 1];
        if (design.Adjustment is not null || design.HasClusters)
        {
            // General path: one domain at a time.
            var mask = new bool[rows];
            for (var g = 0; g < groupCount; g++)
            {
                for (var i = 0; i < rows; i++)
                {
                    mask[i] = groupOfRow[i] == g;
                }

                result[g] = Compute(design, values, mask, total: false, Name(g), linearised: default, glmStart);
            }

            result[groupCount] = Compute(design, values, default, total: false, null, linearised: default, glmStart);
            return result;
        }

        // Fast path (no clusters, no calibration): two passes for every domain together; slot G = whole sample.
        var slots = groupCount + 1;
        var strataCount = design.StratumCount;
        var weights = design.Weights;
        var strata = design.StratumIndex;
        var sumW = new double[slots];
        var sumWy = new double[slots];
        var n = new int[slots];
        var ones = new int[slots];
        var first = new int[slots * strataCount];
        Array.Fill(first, -1);
        var inStratum = new int[slots * strataCount];
        for (var i = 0; i < rows; i++)
        {
            var y = values[i];
            if (double.IsNaN(y))
            {
                continue;
            }

            var w = weights[i];
            var wy = w * y;
            var h = strata[i];
            var isOne = y == 1.0 ? 1 : 0;
            var g = groupOfRow[i];
            if (g >= 0 && g < groupCount)
            {
                sumW[g] += w;
                sumWy[g] += wy;
                n[g]++;
                ones[g] += isOne;
                var gh = (g * strataCount) + h;
                if (inStratum[gh]++ == 0)
                {
                    first[gh] = i;
                }
            }

            sumW[groupCount] += w;
            sumWy[groupCount] += wy;
            n[groupCount]++;
            ones[groupCount] += isOne;
            var ah = (groupCount * strataCount) + h;
            if (inStratum[ah]++ == 0)
            {
                first[ah] = i;
            }
        }

        var mean = new double[slots];
        for (var s = 0; s < slots; s++)
        {
            if (n[s] == 0)
            {
                throw new InvalidInputException($"domain '{(s == groupCount ? "whole sample" : Name(s))}' is empty: no respondents with a value in it");
            }

            mean[s] = sumWy[s] / sumW[s];
        }

        // Linearised values are shifted by their stratum's first value (so equal values give exactly 0, as R's centring).
        var shift = new double[slots * strataCount];
        for (var s = 0; s < slots; s++)
        {
            for (var h = 0; h < strataCount; h++)
            {
                var i = first[(s * strataCount) + h];
                if (i >= 0)
                {
                    shift[(s * strataCount) + h] = weights[i] * (values[i] - mean[s]) / sumW[s];
                }
            }
        }

        var sum1 = new double[slots * strataCount];
        var sum2 = new double[slots * strataCount];
        var squares = new double[slots];
        var all = groupCount;
        var glm = new GlmAccumulator[slots];
        for (var s = 0; s < slots; s++)
        {
            glm[s] = new GlmAccumulator((design.SubsetKeepsAllRows ? rows : n[s]) / sumW[s]);
        }

        for (var i = 0; i < rows; i++)
        {
            var y = values[i];
            if (double.IsNaN(y))
            {
                continue;
            }

            var w = weights[i];
            var h = strata[i];
            var g = groupOfRow[i];
            if (g >= 0 && g < groupCount)
            {
                var dg = y - mean[g];
                squares[g] += w * dg * dg;
                var gh = (g * strataCount) + h;
                var zg = (w * dg / sumW[g]) - shift[gh];
                sum1[gh] += zg;
                sum2[gh] += zg * zg;
                if (glmStart)
                {
                    glm[g].Add(w, y);
                }
            }

            var d = y - mean[all];
            squares[all] += w * d * d;
            var ah = (all * strataCount) + h;
            var z = (w * d / sumW[all]) - shift[ah];
            sum1[ah] += z;
            sum2[ah] += z * z;
            if (glmStart)
            {
                glm[all].Add(w, y);
            }
        }

        for (var s = 0; s < slots; s++)
        {
            var variance = design.CombineStrata(StratumMoments.FromShiftedSums(inStratum, shift, sum1, sum2, s * strataCount, strataCount));
            var strataIn = 0;
            for (var h = 0; h < strataCount; h++)
            {
                strataIn += first[(s * strataCount) + h] >= 0 ? 1 : 0;
            }

            var count = n[s];
            var sample = count > 1 ? squares[s] / sumW[s] * count / (count - 1) : double.NaN;
            var srs = sample * (sumW[s] - count) / (sumW[s] * count);
            var srsReplace = sample / count;
            result[s] = new LinearEstimate(
                "mean",
                mean[s],
                variance,
                count,
                sumW[s],
                count - strataIn,
                sumW[s] < count || !(srs > 0) ? double.NaN : variance / srs,
                srsReplace > 0 ? variance / srsReplace : double.NaN,
                design.SubsetKeepsAllRows ? rows : count)
            {
                CountOfOnes = ones[s],
                GlmStart = glmStart ? glm[s].Result() : null,
            };
        }

        return result;
    }
}
