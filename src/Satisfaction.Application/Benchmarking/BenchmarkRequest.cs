using Satisfaction.Core.Benchmarking;

namespace Satisfaction.Application.Benchmarking;

/// <summary>What to benchmark: the peer file, the force as named in it, an optional measure, and the method.</summary>
/// <param name="PeersPath">The peer CSV file.</param>
/// <param name="Force">The force, as named in the file (case-insensitive).</param>
/// <param name="Measure">Only this measure; null for every measure in the file.</param>
/// <param name="Options">The MSG average method and levels.</param>
public sealed record BenchmarkRequest(string PeersPath, string Force, string? Measure, BenchmarkOptions Options);
