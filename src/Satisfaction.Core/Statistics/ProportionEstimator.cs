namespace Satisfaction.Core.Statistics;

/// <summary>
/// Estimate blocks for measures such as "% at least fairly satisfied": the domain is the rows with a valid
/// code (and in the by-group), the variable is 1 for a yes code, as R
/// <c>svyciprop(~sat, subset(design, valid &amp; group))</c> and <c>svymean(deff = TRUE)</c>.
/// </summary>
public static class ProportionEstimator
{
    /// <summary>One estimate block.</summary>
    /// <param name="design">The design.</param>
    /// <param name="measure">Measure name, copied to the result.</param>
    /// <param name="codes">Answer code per design row (NaN = missing).</param>
    /// <param name="rule">Yes and valid codes.</param>
    /// <param name="methods">CI methods wanted.</param>
    /// <param name="level">Confidence level, 0 &lt; level &lt; 1.</param>
    /// <param name="domain">Domain membership per row; empty = whole sample.</param>
    /// <param name="by">Column defining the domain, or null.</param>
    /// <param name="domainValue">Domain value, or null.</param>
    /// <returns>The block.</returns>
    /// <exception cref="InvalidInputException">No valid answers in the domain (the message names it).</exception>
    public static ProportionEstimate Estimate(
        SurveyDesign design,
        string measure,
        ReadOnlySpan<double> codes,
        MeasureRule rule,
        IReadOnlyList<SurveyCiMethod> methods,
        double level,
        ReadOnlySpan<bool> domain = default,
        string? by = null,
        string? domainValue = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(methods);
        var indicator = Indicators(codes, rule);
        return Estimate(design, measure, indicator, methods, level, domain, by, domainValue);
    }

    /// <summary>The 0/1/NaN indicator of a rule for every row (NaN = not valid).</summary>
    /// <param name="codes">Answer codes.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>One value per row.</returns>
    public static double[] Indicators(ReadOnlySpan<double> codes, MeasureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var result = new double[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            result[i] = rule.Indicator(codes[i]);
        }

        return result;
    }

    /// <summary>One estimate block from a precomputed indicator (see <see cref="Indicators"/>).</summary>
    /// <param name="design">The design.</param>
    /// <param name="measure">Measure name.</param>
    /// <param name="indicator">1 = yes, 0 = valid no, NaN = not in the denominator.</param>
    /// <param name="methods">CI methods wanted.</param>
    /// <param name="level">Confidence level.</param>
    /// <param name="domain">Domain membership per row; empty = whole sample.</param>
    /// <param name="by">Column defining the domain, or null.</param>
    /// <param name="domainValue">Domain value, or null.</param>
    /// <returns>The block.</returns>
    public static ProportionEstimate Estimate(
        SurveyDesign design,
        string measure,
        ReadOnlySpan<double> indicator,
        IReadOnlyList<SurveyCiMethod> methods,
        double level,
        ReadOnlySpan<bool> domain = default,
        string? by = null,
        string? domainValue = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(methods);
        var name = domainValue is null ? measure : $"{measure} where {by} = {domainValue}";
        var likelihood = NeedsGlm(methods);

        var estimate = SurveyEstimator.Compute(design, indicator, domain, total: false, name, linearised: default, glmStart: likelihood);
        return Block(design, measure, estimate, methods, level, by, domainValue);
    }

    /// <summary>
    /// The whole-sample block followed by one block per domain of a categorical column (in code order),
    /// each identical to <see cref="Estimate(SurveyDesign, string, ReadOnlySpan{double}, IReadOnlyList{SurveyCiMethod}, double, ReadOnlySpan{bool}, string?, string?)"/>
    /// for that domain, computed in two passes over the rows when the design allows.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <param name="measure">Measure name.</param>
    /// <param name="indicator">1 = yes, 0 = valid no, NaN = not in the denominator.</param>
    /// <param name="methods">CI methods wanted.</param>
    /// <param name="level">Confidence level.</param>
    /// <param name="by">Column defining the domains.</param>
    /// <param name="groupOfRow">Domain code per row, 0..levels - 1.</param>
    /// <param name="levels">Domain values by code.</param>
    /// <returns>Whole sample first, then one block per level.</returns>
    /// <exception cref="InvalidInputException">A domain without valid answers (the message names it).</exception>
    public static IReadOnlyList<ProportionEstimate> EstimateByGroup(
        SurveyDesign design,
        string measure,
        ReadOnlySpan<double> indicator,
        IReadOnlyList<SurveyCiMethod> methods,
        double level,
        string by,
        ReadOnlySpan<int> groupOfRow,
        IReadOnlyList<string> levels)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(levels);
        var names = levels.Select(l => $"{measure} where {by} = {l}").ToList();
        var estimates = SurveyEstimator.ComputeGroups(design, indicator, groupOfRow, levels.Count, names, NeedsGlm(methods));
        var blocks = new List<ProportionEstimate>(levels.Count + 1)
        {
            Block(design, measure, estimates[levels.Count], methods, level, null, null),
        };
        for (var g = 0; g < levels.Count; g++)
        {
            blocks.Add(Block(design, measure, estimates[g], methods, level, by, levels[g]));
        }

        return blocks;
    }

    /// <summary>logit and likelihood come from R's svyglm fit, which needs its IRLS start.</summary>
    private static bool NeedsGlm(IReadOnlyList<SurveyCiMethod> methods) =>
        methods.Contains(SurveyCiMethod.Logit) || methods.Contains(SurveyCiMethod.Likelihood);

    private static ProportionEstimate Block(
        SurveyDesign design, string measure, LinearEstimate estimate, IReadOnlyList<SurveyCiMethod> methods, double level, string? by, string? domainValue)
    {
        var yes = estimate.CountOfOnes;
        var ci = new List<KeyValuePair<string, CiBounds>>(methods.Count);
        foreach (var method in methods)
        {
            ci.Add(new(CiMethodNames.Name(method), SurveyProportionCi.Compute(method, estimate, level)));
        }

        return new ProportionEstimate(
            measure,
            by,
            domainValue,
            estimate.N,
            yes,
            estimate.SumWeights,
            (double)yes / estimate.N,
            estimate.Estimate,
            estimate.StandardError,
            estimate.Variance,
            estimate.Deff,
            estimate.DeffReplace,
            estimate.DegreesOfFreedom,
            ci,
            level,
            design.Describe());
    }
}
