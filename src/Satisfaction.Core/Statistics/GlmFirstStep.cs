namespace Satisfaction.Core.Statistics;

/// <summary>
/// The state of R's <c>glm.fit</c> after the first IRLS iteration of an intercept-only binomial model
/// for a 0/1 variable (it starts from row-specific mustart = (W y + 0.5) / (W + 1)), so the profile
/// likelihood interval can replay R's iterations and its slightly unconverged fit exactly.
/// </summary>
/// <param name="Eta">Linear predictor after iteration 1.</param>
/// <param name="SumWorkingWeights">Sum of the working weights used in iteration 1.</param>
/// <param name="StartDeviance">Deviance at mustart (R's first <c>devold</c>).</param>
internal readonly record struct GlmFirstStep(double Eta, double SumWorkingWeights, double StartDeviance);
