using FakeTwilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Hosting;
using Satisfaction.Core.Sms;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Hosting;
using Satisfaction.Sms.Hosting;
using Satisfaction.Sms.Outbox;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Sms.Tests;

/// <summary>
/// Several service nodes on one store (issue 14): two nodes, each with its own container, sender and connections,
/// send one outbox at the same time through one FakeTwilio. Every text reaches Twilio exactly once, both nodes
/// send some, and texts a dead node had claimed (and never sent) are taken back by both at once and still go once.
/// </summary>
public sealed class SmsOutboxNodesTests
{
    private const int Fresh = 60;
    private const int Stale = 16;

    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoNodes_SendingOneOutboxAtOnce_SendEachTextExactlyOnce(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(SmsTestHost.Tuesday10);
        await using var twilio = await FakeTwilioServer.StartAsync(new FakeTwilioOptions
        {
            AccountSid = SmsTestHost.AccountSid, AuthToken = SmsTestHost.AuthToken, ServicePublicBaseUrl = SmsTestHost.PublicBaseUrl, Time = clock,
        });
        await using var nodeA = await NodeAsync(store, twilio, clock);
        await using var nodeB = await NodeAsync(store, twilio, clock);
        await using (var db = nodeA.Services.GetRequiredService<SatisfactionStore>().CreateDbContext())
        {
            var now = clock.GetUtcNow();
            for (var i = 0; i < Fresh + Stale; i++)
            {
                var stale = i >= Fresh;
                db.SmsOutbox.Add(new SmsOutboxMessage
                {
                    IdempotencyKey = $"nodes-{i}", ToPhone = $"+447700900{i:D3}", Body = $"Text {i}", Kind = SmsMessageKind.Invitation, CreatedAt = now.AddMinutes(-10),
                    NotBefore = now.AddMinutes(-10),
                    // A node that died after claiming these and before reaching Twilio.
                    Status = stale ? SmsOutboxStatus.Sending : SmsOutboxStatus.Queued, ClaimedAt = stale ? now - SmsOutboxSender.ClaimTimeout - TimeSpan.FromMinutes(1) : null,
                });
            }

            await db.SaveChangesAsync();
        }

        var senderA = nodeA.Services.GetRequiredService<SmsOutboxSender>();
        var senderB = nodeB.Services.GetRequiredService<SmsOutboxSender>();
        using var go = new SemaphoreSlim(0, 4);
        async Task<int> Send(SmsOutboxSender sender)
        {
            await go.WaitAsync();
            var total = 0;
            for (var round = 0; round < 3; round++)
            {
                total += await sender.SendDueAsync();
            }

            return total;
        }

        var sends = new[] { Task.Run(() => Send(senderA)), Task.Run(() => Send(senderB)) };
        go.Release(2);
        var sent = await Task.WhenAll(sends);

        var messages = twilio.Messages;
        Assert.Equal(Fresh + Stale, messages.Count);
        Assert.Equal(Fresh + Stale, messages.Select(m => m.Body).Distinct().Count());
        Assert.Equal(Fresh + Stale, twilio.CreateCalls);
        Assert.Equal(Fresh + Stale, sent.Sum());
        Assert.All(sent, n => Assert.True(n > 0, $"one node sent nothing ({string.Join(", ", sent)}): the race was not run"));
        await using var check = nodeA.Services.GetRequiredService<SatisfactionStore>().CreateDbContext();
        var rows = await check.SmsOutbox.AsNoTracking().ToListAsync();
        Assert.All(rows, r => Assert.Equal(SmsOutboxStatus.Sent, r.Status));
        Assert.Equal(rows.Select(r => r.ProviderSid).Order(StringComparer.Ordinal), messages.Select(m => (string?)m.Sid).Order(StringComparer.Ordinal));
    }

    /// <summary>One node's services as <c>serve</c> composes them (not started: the test drives its sender).</summary>
    private static async Task<WebApplication> NodeAsync(TestDatabase store, FakeTwilioServer twilio, FakeTimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var settings = SmsTestHost.Settings(store.Folder, twilio.BaseUrl);
        settings.Remove("Store:Path");
        foreach (var (key, value) in store.Settings)
        {
            settings[key] = value;
        }

        // Each node's 50-text claim takes it a quarter of a second to send, so the other node is racing it even when
        // its task starts late under load (at 1,000 a second one node could empty the outbox before the other began).
        settings["Sms:MaxPerSecond"] = "200";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSatisfactionData(builder.Configuration);
        builder.Services.AddSatisfactionApplication();
        builder.Services.AddSatisfactionSms();
        var app = builder.Build();
        await app.Services.GetRequiredService<SatisfactionStore>().MigrateAsync();
        return app;
    }
}
