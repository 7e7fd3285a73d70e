namespace Satisfaction.Benchmarks;

/// <summary>One force of the <see cref="ForceWorklist"/> as a round left it.</summary>
/// <param name="Code">Force code.</param>
/// <param name="Node">Node (1-based) that claimed it; null when unclaimed.</param>
/// <param name="Seconds">Wall seconds of its eligibility and draw on that node; null when not finished.</param>
/// <param name="Considered">Records the draw considered.</param>
/// <param name="Sampled">Cases the draw sampled.</param>
/// <param name="Draws">Draws made (1 for a first weekly draw).</param>
public sealed record ForceWorklistEntry(string Code, int? Node, double? Seconds, int? Considered, int? Sampled, int? Draws);
