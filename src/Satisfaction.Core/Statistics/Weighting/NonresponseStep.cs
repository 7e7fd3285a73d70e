namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>The nonresponse step of a <see cref="WeightingRecipe"/>: weighting class and response of every row.</summary>
/// <param name="ClassCodes">Weighting class of every row (0-based).</param>
/// <param name="Responded">Whether each row responded; nonrespondents end with weight 0.</param>
public sealed record NonresponseStep(IReadOnlyList<int> ClassCodes, IReadOnlyList<bool> Responded);
