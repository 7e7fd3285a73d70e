namespace Satisfaction.Core.Rdd;

/// <summary>Where one released number stands in the calling.</summary>
/// <param name="FinalDisposition">Its final AAPOR disposition code (e.g. <c>1.1</c>, <c>4.32</c>), or null while it is still being worked.</param>
/// <param name="LastDisposition">The disposition of its latest attempt (e.g. <c>3.13</c> no answer), or null when never attempted.</param>
/// <param name="Attempts">Call attempts made so far, 0 or more.</param>
public sealed record ReleasedNumberState(string? FinalDisposition, string? LastDisposition, int Attempts)
{
    /// <summary>A number released but not yet dialled.</summary>
    public static ReleasedNumberState Fresh { get; } = new(null, null, 0);

    /// <summary>True when the number has a final disposition or has had <paramref name="maxAttempts"/> attempts.</summary>
    public bool IsWorkedOut(int maxAttempts) => FinalDisposition is not null || Attempts >= maxAttempts;

    /// <summary>
    /// The outcome the number counts under: its final disposition, else its latest one, else 3.11 (not attempted).
    /// An unknown code counts as UO (unknown, other).
    /// </summary>
    public AaporOutcome Outcome =>
        AaporDispositions.TryClassify(FinalDisposition ?? LastDisposition ?? AaporDispositions.NotAttempted, out var outcome)
            ? outcome
            : AaporOutcome.UnknownOther;
}
