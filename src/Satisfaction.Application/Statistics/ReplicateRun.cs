using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>Replicate weights built for a respondent file, the estimates asked for, and the summary lines.</summary>
/// <param name="Table">The respondent rows.</param>
/// <param name="Set">Full-sample and replicate weights with their scales.</param>
/// <param name="Method">The replicate method.</param>
/// <param name="Seed">The bootstrap seed used; null for the jackknives.</param>
/// <param name="Estimates">One per measure asked for.</param>
/// <param name="Summary">Lines for the user: method, replicates, PSUs and recipe; the scales; the seed; warnings.</param>
public sealed record ReplicateRun(CsvTable Table, ReplicateWeightSet Set, ReplicateMethod Method, long? Seed, IReadOnlyList<ReplicateEstimate> Estimates, IReadOnlyList<string> Summary);
