namespace Satisfaction.Core.Rdd;

/// <summary>The outcome of a list-assisted RDD draw; a shortfall is data, not an exception.</summary>
/// <param name="Numbers">The numbers drawn, in draw order (a random order: consecutive slices are random subsamples).</param>
/// <param name="Requested">How many numbers were asked for.</param>
/// <param name="KeptBanks">Banks meeting the listed-number threshold.</param>
/// <param name="DroppedBanks">Banks below the threshold.</param>
/// <param name="RejectedAlreadyDrawn">Candidate draws rejected because the number was drawn before.</param>
/// <param name="RejectedDoNotCall">Candidate draws rejected because the number is on the do-not-call list.</param>
/// <param name="RejectedInvalid">Candidate draws rejected because the number is not a valid UK geographic fixed line.</param>
public sealed record RddDrawResult(
    IReadOnlyList<RddDrawnNumber> Numbers,
    int Requested,
    int KeptBanks,
    int DroppedBanks,
    int RejectedAlreadyDrawn,
    int RejectedDoNotCall,
    int RejectedInvalid)
{
    /// <summary>Numbers in the kept banks (100 per bank), before any exclusion.</summary>
    public long FrameSize => (long)KeptBanks * NumberBank.Size;

    /// <summary>Requested minus drawn: positive when the kept banks ran out of fresh, callable numbers.</summary>
    public int Shortfall => Requested - Numbers.Count;
}
