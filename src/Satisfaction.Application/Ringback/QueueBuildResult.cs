namespace Satisfaction.Application.Ringback;

/// <summary>What one pass of <see cref="RingbackQueueBuilder"/> added.</summary>
/// <param name="VictimsReady">Victim cases queued for calls now (telephone programmes, landline only).</param>
/// <param name="VictimsAwaitingSms">Victim cases held for the SMS survey first.</param>
/// <param name="VictimsWithoutPhone">Sampled victims left out because no usable number is held.</param>
/// <param name="RddNumbers">Released RDD numbers queued.</param>
/// <param name="QaRingbacks">Completed victims drawn for a QA ring-back.</param>
public sealed record QueueBuildResult(int VictimsReady, int VictimsAwaitingSms, int VictimsWithoutPhone, int RddNumbers, int QaRingbacks = 0)
{
    /// <summary>Cases added in all.</summary>
    public int Added => VictimsReady + VictimsAwaitingSms + RddNumbers + QaRingbacks;
}
