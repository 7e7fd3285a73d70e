using Satisfaction.Core.Sampling;

namespace Satisfaction.Demo.Pipeline;

/// <summary>What <c>satisfaction demo</c> was asked to do.</summary>
/// <param name="Seed">Seed of the synthetic data (and, later, of the draws).</param>
/// <param name="AsOf">The date treated as today: the demo year is the 365 days before it.</param>
/// <param name="RecordsPerYear">Average number of crimes and incidents in the year.</param>
/// <param name="Programmes">
/// The sampling programmes for the weekly draws; null or empty skips the sampling step (the summary says so).
/// </param>
public sealed record DemoRequest(
    long Seed,
    DateOnly AsOf,
    int RecordsPerYear = 8000,
    IReadOnlyList<SamplingProgramme>? Programmes = null);
