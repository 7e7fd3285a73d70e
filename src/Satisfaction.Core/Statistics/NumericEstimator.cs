namespace Satisfaction.Core.Statistics;

/// <summary>
/// Means, totals and ratios of numeric variables with Taylor-linearised SEs, overall or in a domain (R
/// <c>svymean</c>, <c>svytotal</c>, <c>svyratio</c> on <c>subset(design, domain)</c>, <c>confint</c>). Missing
/// values (NaN) leave the domain, as R's <c>na.rm = TRUE</c>.
/// </summary>
public static class NumericEstimator
{
    /// <summary>One estimate.</summary>
    /// <param name="design">The design.</param>
    /// <param name="measure">Name of the variable, copied to the result.</param>
    /// <param name="values">The variable, one value per design row (NaN = missing).</param>
    /// <param name="statistic">Mean, total or ratio.</param>
    /// <param name="level">Confidence level, 0 &lt; level &lt; 1.</param>
    /// <param name="denominator">For a ratio: the denominator's name and values (NaN = missing); else null.</param>
    /// <param name="scale">Multiplier of a ratio (e.g. 1000 for a rate per 1,000); ignored otherwise.</param>
    /// <param name="domain">Domain membership per row; empty = the whole sample.</param>
    /// <param name="by">Column(s) defining the domain, or null.</param>
    /// <param name="domainValue">Domain value, or null.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="InvalidInputException">No row in the domain has a value (or a ratio's denominator total is 0).</exception>
    public static NumericEstimate Estimate(
        SurveyDesign design,
        string measure,
        ReadOnlySpan<double> values,
        NumericStatistic statistic,
        double level,
        (string Name, double[] Values)? denominator = null,
        double scale = 1,
        ReadOnlySpan<bool> domain = default,
        string? by = null,
        string? domainValue = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1.0);
        var name = domainValue is null ? measure : $"{measure} where {by} = {domainValue}";
        LinearEstimate estimate;
        string? denominatorName = null;
        if (statistic == NumericStatistic.Ratio)
        {
            if (denominator is not { } d)
            {
                throw new ArgumentException("a ratio needs a denominator", nameof(denominator));
            }

            denominatorName = d.Name;
            estimate = Ratio(design, values, d.Values, domain, name);
        }
        else
        {
            estimate = statistic == NumericStatistic.Total
                ? SurveyEstimator.Total(design, values, domain, name)
                : SurveyEstimator.Mean(design, values, domain, name);
            scale = 1;
        }

        var value = estimate.Estimate * scale;
        var se = estimate.StandardError * scale;
        var z = Quantiles.NormalQuantile(1 - ((1 - level) / 2));
        var t = estimate.DegreesOfFreedom > 0 ? Quantiles.TQuantile(1 - ((1 - level) / 2), estimate.DegreesOfFreedom) : double.NaN;
        return new NumericEstimate(
            measure,
            statistic,
            denominatorName,
            by,
            domainValue,
            estimate.N,
            estimate.SumWeights,
            value,
            se,
            se * se,
            statistic == NumericStatistic.Ratio ? double.NaN : estimate.Deff,
            estimate.DegreesOfFreedom,
            new CiBounds(value - (z * se), value + (z * se)),
            new CiBounds(value - (t * se), value + (t * se)),
            level,
            scale,
            design.Describe());
    }

    /// <summary>
    /// R <c>svyratio</c>: r = sum(w y) / sum(w x) over the domain rows where both are present, with linearised
    /// values w (y - r x) / sum(w x).
    /// </summary>
    private static LinearEstimate Ratio(SurveyDesign design, ReadOnlySpan<double> y, double[] x, ReadOnlySpan<bool> domain, string name)
    {
        var rows = design.RowCount;
        if (y.Length != rows || x.Length != rows)
        {
            throw new ArgumentException("values need one element per design row");
        }

        var weights = design.Weights;
        double sy = 0, sx = 0;
        var keep = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            keep[i] = (domain.IsEmpty || domain[i]) && !double.IsNaN(y[i]) && !double.IsNaN(x[i]);
            if (keep[i])
            {
                sy += weights[i] * y[i];
                sx += weights[i] * x[i];
            }
        }

        if (!keep.Contains(true))
        {
            throw new InvalidInputException($"domain '{name}' is empty: no respondents with both values in it");
        }

        if (sx == 0)
        {
            throw new InvalidInputException($"domain '{name}': the denominator's weighted total is 0, so the ratio is undefined");
        }

        var r = sy / sx;
        var z = new double[rows];
        var zeros = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            if (keep[i])
            {
                z[i] = weights[i] * (y[i] - (r * x[i])) / sx;
                zeros[i] = 1;
            }
            else
            {
                zeros[i] = double.NaN;
            }
        }

        // n, sum of weights and df of the domain from the estimator over the same rows (a dummy variable).
        var counts = SurveyEstimator.Compute(design, zeros, default, total: true, name, linearised: default, glmStart: false);
        design.Adjustment?.Residualize(z);
        var variance = design.Covariance(z, z);
        return counts with { Statistic = "ratio", Estimate = r, Variance = variance, Deff = double.NaN, DeffReplace = double.NaN };
    }
}
