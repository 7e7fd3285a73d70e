namespace Satisfaction.Application.Scores;

/// <summary>What a snapshot run did.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Created">False when a snapshot of the date already existed (it is kept).</param>
/// <param name="Figures">Figures (estimates and changes) in the snapshot.</param>
public sealed record ScoreSnapshotOutcome(DateOnly AsOf, bool Created, int Figures);
