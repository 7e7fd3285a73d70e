namespace Satisfaction.Core.Statistics;

/// <summary>
/// One "estimate block": a measure's weighted proportion over the whole sample or a domain, with its
/// uncertainty, named as in the reference files.
/// </summary>
/// <param name="Measure">Measure (question column) name.</param>
/// <param name="By">Column that defines the domains, or null for the whole sample.</param>
/// <param name="Domain">Domain value, or null for the whole sample.</param>
/// <param name="N">Valid respondents in the domain.</param>
/// <param name="NYes">Of whom answered a yes code.</param>
/// <param name="SumWeights">Sum of their weights.</param>
/// <param name="UnweightedProportion">NYes / N.</param>
/// <param name="Proportion">Weighted proportion, 0..1.</param>
/// <param name="Se">Linearisation standard error.</param>
/// <param name="Var">Its square.</param>
/// <param name="Deff">Design effect (R <c>deff = TRUE</c>); NaN when undefined.</param>
/// <param name="DeffReplace">Design effect against with-replacement SRS (R <c>deff = "replace"</c>).</param>
/// <param name="Degf">Design degrees of freedom of the domain.</param>
/// <param name="Ci">Interval per method name ("logit", "beta", ...), in the order requested.</param>
/// <param name="CiLevel">Confidence level of the intervals.</param>
/// <param name="Method">Description of the variance method.</param>
public sealed record ProportionEstimate(
    string Measure,
    string? By,
    string? Domain,
    int N,
    int NYes,
    double SumWeights,
    double UnweightedProportion,
    double Proportion,
    double Se,
    double Var,
    double Deff,
    double DeffReplace,
    int Degf,
    IReadOnlyList<KeyValuePair<string, CiBounds>> Ci,
    double CiLevel,
    string Method);
