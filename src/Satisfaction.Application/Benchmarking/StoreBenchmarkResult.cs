using Satisfaction.Core.Benchmarking;

namespace Satisfaction.Application.Benchmarking;

/// <summary>The benchmark with the force's row from the store.</summary>
/// <param name="Results">One result per measure in common.</param>
/// <param name="Own">The force's own figures as taken from the store (base, %, interval), one per measure compared.</param>
/// <param name="Programme">The programme the figures are of.</param>
public sealed record StoreBenchmarkResult(IReadOnlyList<MsgBenchmarkResult> Results, IReadOnlyList<PeerFigure> Own, string Programme);
