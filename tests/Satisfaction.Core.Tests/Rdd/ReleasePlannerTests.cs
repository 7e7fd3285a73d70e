using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rdd;

public sealed class ReleasePlannerTests
{
    private static readonly ReleasePlannerOptions Defaults = new();

    [Fact]
    public void Plan_NoHistoryNothingReleased_ReleasesFromThePrior()
    {
        var decision = ReleasePlanner.Plan([], [], Defaults);

        // 50 / 0.06 = 833.3 -> 834 numbers -> 9 replicates of 100
        Assert.Equal(9, decision.ReplicatesToRelease);
        Assert.Equal(ReleaseReason.InitialRelease, decision.Reason);
        Assert.Equal(0.06, decision.CompletesPerNumber, 12);
        Assert.Equal(0, decision.ObservedNumbers);
        Assert.Contains("no history", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_AReplicateStillBeingWorked_ReleasesNothing()
    {
        var done = Replicate(1, complete: 5, refused: 20, notEligible: 75);
        var open = new ReplicateState(2, [.. Numbers(90, "2.111", 1), .. Numbers(10, null, 2)]);

        var decision = ReleasePlanner.Plan([done, open], [], Defaults);

        Assert.Equal(0, decision.ReplicatesToRelease);
        Assert.Equal(ReleaseReason.ReplicatesStillOpen, decision.Reason);
        Assert.Contains("replicate(s) 2 still being worked (10 numbers open)", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NumbersAtMaximumAttempts_CountAsWorkedOut()
    {
        // 6 attempts without a final disposition (no answer each time) is worked out
        var replicate = new ReplicateState(1, [.. Numbers(10, "1.1", 1), .. LastOnly(90, "3.13", 6)]);

        var decision = ReleasePlanner.Plan([replicate], [], Defaults);

        Assert.Equal(ReleaseReason.TopUp, decision.Reason);
        Assert.True(decision.ReplicatesToRelease > 0);
    }

    [Fact]
    public void Plan_AllWorkedOutBelowTarget_TopsUpAtTheBlendedRate()
    {
        // Given 6 worked-out replicates (600 numbers) with 30 completes this month
        var month = Enumerable.Range(1, 6).Select(i => Replicate(i, complete: 5, refused: 25, notEligible: 70)).ToList();

        var decision = ReleasePlanner.Plan(month, [], Defaults);

        // rate = (30 + 0.06 * 200) / (600 + 200) = 0.0525; 20 short -> 381 numbers -> 4 replicates
        Assert.Equal(ReleaseReason.TopUp, decision.Reason);
        Assert.Equal(30, decision.CompletesSoFar);
        Assert.Equal(0.0525, decision.CompletesPerNumber, 12);
        Assert.Equal(4, decision.ReplicatesToRelease);
        Assert.Equal(600, decision.ObservedNumbers);
    }

    [Fact]
    public void Plan_HistoryFromEarlierMonths_SetsTheInitialRelease()
    {
        // A high-yield history (20 completes per 100) makes the first release of a month smaller
        var history = Enumerable.Range(1, 10).Select(i => Replicate(i, complete: 20, refused: 30, notEligible: 50)).ToList();

        var decision = ReleasePlanner.Plan([], history, Defaults);

        // rate = (200 + 12) / 1200 = 0.17667 -> 50 / 0.17667 = 283.02 -> 284 numbers -> 3 replicates
        Assert.Equal(ReleaseReason.InitialRelease, decision.Reason);
        Assert.Equal(3, decision.ReplicatesToRelease);
        Assert.Equal(212.0 / 1200, decision.CompletesPerNumber, 12);
        Assert.Equal(200.0 / (200 + 300 + 0), decision.ResponseRate3, 12);
    }

    [Fact]
    public void Plan_TargetReached_ReleasesNothingEvenWithOpenReplicates()
    {
        var open = new ReplicateState(3, [.. Numbers(50, "1.1", 1), .. Numbers(50, null, 1)]);

        var decision = ReleasePlanner.Plan([open], [], Defaults);

        Assert.Equal(0, decision.ReplicatesToRelease);
        Assert.Equal(ReleaseReason.TargetReached, decision.Reason);
    }

    [Fact]
    public void Plan_NoCompletesAtAll_IsCappedAtTheMaximumRelease()
    {
        var history = Enumerable.Range(1, 20).Select(i => Replicate(i, complete: 0, refused: 10, notEligible: 90)).ToList();

        var decision = ReleasePlanner.Plan([], history, Defaults with { PriorWeightNumbers = 0 });

        Assert.Equal(Defaults.MaxReplicatesPerRelease, decision.ReplicatesToRelease);
    }

    [Fact]
    public void Plan_OpenReplicatesOfEarlierMonths_DoNotBlockAndDoNotCount()
    {
        var earlierOpen = new ReplicateState(1, [.. Numbers(100, null, 0)]);

        var decision = ReleasePlanner.Plan([], [earlierOpen], Defaults);

        Assert.Equal(ReleaseReason.InitialRelease, decision.Reason);
        Assert.Equal(0, decision.ObservedNumbers);
    }

    private static ReplicateState Replicate(int number, int complete, int refused, int notEligible) =>
        new(number, [.. Numbers(complete, "1.1", 2), .. Numbers(refused, "2.111", 1), .. Numbers(notEligible, "4.32", 1)]);

    private static IEnumerable<ReleasedNumberState> Numbers(int count, string? final, int attempts) =>
        Enumerable.Repeat(new ReleasedNumberState(final, final, attempts), count);

    private static IEnumerable<ReleasedNumberState> LastOnly(int count, string last, int attempts) =>
        Enumerable.Repeat(new ReleasedNumberState(null, last, attempts), count);
}
