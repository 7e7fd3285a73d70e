namespace Satisfaction.Core.Statistics;

/// <summary>Names of the design columns, used only to make error messages point at the right column.</summary>
/// <param name="Strata">Stratum column name.</param>
/// <param name="Psus">PSU column name.</param>
/// <param name="Fpc">Fpc column name.</param>
/// <param name="Weights">Weight column name.</param>
/// <param name="InclusionProbabilities">Inclusion-probability column name.</param>
/// <param name="SecondStageUnits">Second-stage unit column name.</param>
/// <param name="SecondStageFpc">Second-stage fpc column name.</param>
public sealed record SurveyDesignColumnNames(
    string Strata = "strata",
    string Psus = "ids",
    string Fpc = "fpc",
    string Weights = "weights",
    string InclusionProbabilities = "probs",
    string SecondStageUnits = "ids2",
    string SecondStageFpc = "fpc2");
