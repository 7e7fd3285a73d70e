using Satisfaction.Core.Sampling;

namespace Satisfaction.Application.Sampling;

/// <summary>A request to draw the weekly sample.</summary>
/// <param name="AsOf">Draw date (UK local).</param>
/// <param name="Seed">Seed; null derives it from the date and the force (<see cref="SampleDrawService.SeedFor(DateOnly, string, bool)"/>).</param>
/// <param name="DryRun">True: compute and report, write nothing.</param>
/// <param name="Programmes">Programmes in matching order.</param>
public sealed record SampleRunRequest(DateOnly AsOf, long? Seed, bool DryRun, IReadOnlyList<SamplingProgramme> Programmes);
