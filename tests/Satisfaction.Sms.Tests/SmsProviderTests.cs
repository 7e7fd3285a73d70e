using System.Net;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Sms;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Sms.Tests;

/// <summary>
/// The SMS conversation through the real webhooks on each store provider (SQLite always, PostgreSQL when a test
/// server is configured): the webhook writer's raw statements, the outbox and the opt-out must behave the same.
/// </summary>
public sealed class SmsProviderTests
{
    private const string Victim = "+447700900321";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Invitation_replies_a_retried_reply_and_stop_store_the_same_on_each_provider(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        await using var host = await SmsTestHost.StartAsync(extra: new Dictionary<string, string?>(store.Settings));
        var caseId = (await host.SeedCasesAsync(Victim))[0];

        // The first send fails at Twilio (500): the outbox retries and the invitation still goes exactly once.
        host.Twilio.FailNext(1, 500, 20500, "Internal Server Error");
        Assert.Equal(1, (await host.Dispatch.RunAsync()).Invited);
        Assert.Single(await host.WaitForMessagesAsync(1));

        Assert.Equal(HttpStatusCode.OK, (await host.Twilio.PostInboundAsync(Victim, "yes")).Status);
        Assert.StartsWith("Q1/5", (await host.WaitForMessagesAsync(2))[1].Body, StringComparison.Ordinal);
        var (status, _, sid) = await host.Twilio.PostInboundAsync(Victim, "2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Q2/5", (await host.WaitForMessagesAsync(3))[2].Body, StringComparison.Ordinal);
        // Twilio retrying the same reply: acknowledged, counted once.
        Assert.Equal(HttpStatusCode.OK, (await host.Twilio.PostInboundAsync(Victim, "2", messageSid: sid)).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Twilio.PostInboundAsync(Victim, "STOP")).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Twilio.PostInboundAsync(Victim, "3")).Status);
        Assert.Equal(3, await host.SettledMessageCountAsync());
        Assert.Equal(4, host.Twilio.CreateCalls);

        await using var db = host.Store.CreateDbContext();
        Assert.Equal(["sms_consent=1", "ease_of_contact=2"], await db.Answers.OrderBy(a => a.Id).Select(a => a.QuestionId + "=" + a.Code).ToListAsync());
        Assert.Equal(["yes", "2", "STOP", "3"], await db.SmsInbound.OrderBy(m => m.Id).Select(m => m.Body).ToListAsync());
        Assert.Equal(["answered", "answered", "opted_out", "unmatched"], await db.SmsInbound.OrderBy(m => m.Id).Select(m => m.Outcome).ToListAsync());
        var conversation = await db.SmsConversations.SingleAsync(c => c.SampledCaseId == caseId);
        Assert.Equal(SmsConversationStatus.Stopped, conversation.Status);
        Assert.Equal("2.111", conversation.Disposition);
        Assert.Null((await db.SmsSuppressions.SingleAsync()).LiftedAt);
        var outbox = await db.SmsOutbox.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(3, outbox.Count);
        Assert.All(outbox, m => Assert.Equal(SmsOutboxStatus.Sent, m.Status));
        Assert.Equal(outbox.Select(m => m.ProviderSid), host.Twilio.Messages.Select(m => (string?)m.Sid));
    }
}
