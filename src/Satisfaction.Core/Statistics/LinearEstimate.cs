namespace Satisfaction.Core.Statistics;

/// <summary>
/// A design-based estimate of a mean or total over the whole sample or a domain, with its
/// Taylor-linearised variance (R <c>svymean</c> / <c>svytotal</c> with <c>deff = TRUE</c>).
/// </summary>
/// <param name="Statistic">"mean" or "total".</param>
/// <param name="Estimate">The weighted estimate.</param>
/// <param name="Variance">Linearisation variance, &gt;= 0.</param>
/// <param name="N">Respondents in the domain (rows with a value and non-zero weight).</param>
/// <param name="SumWeights">Sum of their weights (estimated domain population).</param>
/// <param name="DegreesOfFreedom">Design df of the domain: its PSUs minus its strata (R <c>degf</c>).</param>
/// <param name="Deff">var / [s2 (Nhat - n) / (Nhat n)]; NaN when Nhat &lt; n or s2 = 0.</param>
/// <param name="DeffReplace">var / (s2 / n) (R <c>deff = "replace"</c>); NaN when s2 = 0.</param>
/// <param name="RowCount">R's <c>nrow(design)</c> after <c>subset()</c>: N, or the full sample when the design keeps all rows.</param>
public sealed record LinearEstimate(
    string Statistic,
    double Estimate,
    double Variance,
    int N,
    double SumWeights,
    int DegreesOfFreedom,
    double Deff,
    double DeffReplace,
    int RowCount)
{
    /// <summary>Standard error, sqrt(<see cref="Variance"/>).</summary>
    public double StandardError => Math.Sqrt(Variance);

    /// <summary>R glm.fit's first IRLS step for this domain (used by the likelihood interval).</summary>
    internal GlmFirstStep? GlmStart { get; init; }

    /// <summary>Rows in the domain whose value is exactly 1 (n_yes for a 0/1 indicator).</summary>
    internal int CountOfOnes { get; init; }
}
