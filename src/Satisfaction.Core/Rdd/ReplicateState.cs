namespace Satisfaction.Core.Rdd;

/// <summary>A released replicate (batch of numbers) and the state of each of its numbers.</summary>
/// <param name="Number">The replicate's number within its month, from 1.</param>
/// <param name="Numbers">Its numbers' states.</param>
public sealed record ReplicateState(int Number, IReadOnlyList<ReleasedNumberState> Numbers)
{
    /// <summary>True when every number is worked out (final disposition or the maximum attempts reached).</summary>
    public bool IsWorkedOut(int maxAttempts) => Numbers.All(n => n.IsWorkedOut(maxAttempts));

    /// <summary>Numbers not yet worked out.</summary>
    public int OpenNumbers(int maxAttempts) => Numbers.Count(n => !n.IsWorkedOut(maxAttempts));

    /// <summary>The replicate's numbers counted by outcome.</summary>
    public OutcomeCounts Counts() => Numbers.Aggregate(OutcomeCounts.Zero, (c, n) => c.Add(n.Outcome));
}
