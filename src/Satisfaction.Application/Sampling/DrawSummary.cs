namespace Satisfaction.Application.Sampling;

/// <summary>One draw as <c>sample list</c> shows it.</summary>
/// <param name="Id">Draw id.</param>
/// <param name="AsOf">The date the draw treated as today (UK local).</param>
/// <param name="Seed">Seed of the random selection.</param>
/// <param name="Status"><c>completed</c>, <c>empty</c> (considered nothing), <c>cancelled</c> or <c>pending</c>.</param>
/// <param name="Considered">Records considered (0 or more).</param>
/// <param name="Sampled">Cases sampled (0 or more).</param>
/// <param name="SampledByProgramme">Cases sampled per programme code (programmes with none are left out).</param>
public sealed record DrawSummary(long Id, DateOnly AsOf, long Seed, string Status, int Considered, int Sampled, IReadOnlyDictionary<string, int> SampledByProgramme);
