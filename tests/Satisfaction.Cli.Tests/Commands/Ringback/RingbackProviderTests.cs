using Microsoft.EntityFrameworkCore;
using Satisfaction.Application.Ringback;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Cli.Tests.Commands.Ringback;

/// <summary>Claims and call outcomes through the handlers' desks on each provider (SQLite always, PostgreSQL when a test server is set).</summary>
public sealed class RingbackProviderTests
{
    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_handlers_claim_different_cases_a_refusal_closes_one_and_no_answer_requeues_the_other(StoreProvider provider)
    {
        using var store = new RingbackStore(victims: 2, provider: provider);
        long refusedId, requeuedId;
        var (alice, aliceDb) = store.Desk();
        var (bob, bobDb) = store.Desk();
        var (carol, carolDb) = store.Desk();
        using (aliceDb)
        using (bobDb)
        using (carolDb)
        {
            var a = (await alice.NextAsync("alice")).Claim;
            var b = (await bob.NextAsync("bob")).Claim;
            Assert.NotNull(a);
            Assert.NotNull(b);
            Assert.NotEqual(a.CaseId, b.CaseId);
            Assert.Null((await carol.NextAsync("carol")).Claim); // both cases are held
            Assert.Equal(a.CaseId, (await alice.NextAsync("alice")).Claim?.CaseId); // a restarted console gets its case back

            var refused = await alice.RecordAsync(new RecordRequest(a.CaseId, "alice", CallOutcome.Refusal, LockVersion: a.LockVersion));
            var noAnswer = await bob.RecordAsync(new RecordRequest(b.CaseId, "bob", CallOutcome.NoAnswer, LockVersion: b.LockVersion));

            Assert.True(refused.Closed);
            Assert.StartsWith("2.1", refused.Disposition, StringComparison.Ordinal);
            Assert.False(noAnswer.Closed);
            Assert.True(noAnswer.NextCallAt > RingbackStore.Monday10);
            Assert.Null((await carol.NextAsync("carol")).Claim); // one closed, one not due yet
            (refusedId, requeuedId) = (a.CaseId, b.CaseId);
        }

        await using var db = store.Db();
        Assert.Equal(2, await db.ContactAttempts.CountAsync(c => c.Channel == ContactChannel.Phone));
        Assert.False(await db.CallCases.AnyAsync(c => c.LockedBy != null));
        Assert.Equal(CallCaseStatus.Closed, (await db.CallCases.SingleAsync(c => c.Id == refusedId)).Status);
        Assert.Equal(CallCaseStatus.Ready, (await db.CallCases.SingleAsync(c => c.Id == requeuedId)).Status);
    }
}
