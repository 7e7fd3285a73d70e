using Satisfaction.Core.Sampling;

namespace Satisfaction.Application.Sampling;

/// <summary>What a sample run did.</summary>
/// <param name="DrawId">Id of the stored draw; null for a dry run.</param>
/// <param name="Seed">The seed used (derived from the date when not given).</param>
/// <param name="SeedDerived">True when the seed was derived from the date.</param>
/// <param name="Draw">The draw itself.</param>
public sealed record SampleRunResult(long? DrawId, long Seed, bool SeedDerived, DrawResult Draw)
{
    /// <summary>True when the draw considered no record: stored as an empty draw, never exported as a sample.</summary>
    public bool IsEmpty => Draw.Considerations.Count == 0;
}
