using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Forces;
using Satisfaction.Core.Contact;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Sms.Tests;

/// <summary>
/// Two forces with different names and SMS hours in one store: the dispatch invites each force's victims only in that
/// force's hours, every text that names a force names the case's own, and a reply's next text waits for the hours of
/// the force the conversation belongs to. Opt-outs stay store-wide.
/// </summary>
public sealed class MultiForceSmsTests
{
    private const string DemoVictim = "+447700900123";
    private const string NorthVictim = "+447700900456";

    // Tuesday 2 March 2027 (GMT): DEMO texts 09:00-11:30, NORTH 12:00-20:00.
    private static readonly DateTimeOffset Noon = new(2027, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WednesdayNine = new(2027, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static async Task InitAsync(SmsTestHost host, string code, string name, string smsHours)
    {
        using var scope = host.App.Services.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<ForceSetup>();
        await setup.EnsureAsync(new ForceDefinition(code, name, [new DivisionDefinition("EAST", "East")])
        {
            ContactHours = new ContactHoursOptions
            {
                Sms = new ChannelHours { Start = TimeOnly.Parse(smsHours[..5], CultureInfo.InvariantCulture), End = TimeOnly.Parse(smsHours[6..], CultureInfo.InvariantCulture) },
            },
        });
    }

    private static async Task<SmsTestHost> TwoForcesAsync(TestDatabase? store = null)
    {
        var host = await SmsTestHost.StartAsync(extra: store is null ? null : new Dictionary<string, string?>(store.Settings));
        await InitAsync(host, "DEMO", "Demo Constabulary", "09:00-11:30");
        await InitAsync(host, "NORTH", "Northshire Police", "12:00-20:00");
        await host.SeedForceCasesAsync("DEMO", DemoVictim);
        await host.SeedForceCasesAsync("NORTH", NorthVictim);
        return host;
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Each_force_is_texted_in_its_own_hours_and_its_texts_name_it(StoreProvider provider)
    {
        // On PostgreSQL too: the webhook writer reads the case's force in its own prepared statement per provider.
        using var store = TestDatabase.Create(provider);
        await using var host = await TwoForcesAsync(store);

        // 10:00: DEMO's hours are open, NORTH's are not: only DEMO's victim is invited.
        var morning = await host.Dispatch.RunAsync();
        Assert.Equal(1, morning.Invited);
        var invitation = Assert.Single(await host.WaitForMessagesAsync(1));
        Assert.Equal(DemoVictim, invitation.To);
        Assert.Equal(1, await host.SettledMessageCountAsync());
        await using (var db = host.Store.CreateDbContext())
        {
            var north = await db.Forces.SingleAsync(f => f.Code == "NORTH");
            Assert.Equal(CaseStatus.Pending, (await db.SampledCases.SingleAsync(s => s.ForceId == north.Id)).Status);
        }

        // HELP inside DEMO's interview names DEMO.
        await host.Twilio.PostInboundAsync(DemoVictim, "HELP");
        var demoHelp = (await host.WaitForMessagesAsync(2))[1];
        Assert.Equal(DemoVictim, demoHelp.To);
        Assert.Contains("from Demo Constabulary", demoHelp.Body, StringComparison.Ordinal);

        // Noon: NORTH's hours open, DEMO's closed. NORTH's victim is invited; DEMO's victim's answer is stored, but the
        // next question waits for DEMO's hours (Wednesday 09:00).
        host.Clock.SetUtcNow(Noon);
        var noon = await host.Dispatch.RunAsync();
        Assert.Equal(1, noon.Invited);
        Assert.Equal(NorthVictim, (await host.WaitForMessagesAsync(3))[2].To);
        await host.Twilio.PostInboundAsync(DemoVictim, "yes");
        await host.Twilio.PostInboundAsync(NorthVictim, "HELP");
        var northHelp = (await host.WaitForMessagesAsync(4))[3];
        Assert.Equal(NorthVictim, northHelp.To);
        Assert.Contains("from Northshire Police", northHelp.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo", northHelp.Body, StringComparison.Ordinal);
        await host.Twilio.PostInboundAsync(NorthVictim, "yes");
        var northQ1 = (await host.WaitForMessagesAsync(5))[4];
        Assert.Equal(NorthVictim, northQ1.To);
        Assert.StartsWith("Q1/5", northQ1.Body, StringComparison.Ordinal);
        Assert.Equal(5, await host.SettledMessageCountAsync());
        Assert.DoesNotContain(host.Twilio.Messages.Skip(2), m => m.To == DemoVictim);
        await using (var db = host.Store.CreateDbContext())
        {
            var waiting = await db.SmsOutbox.SingleAsync(m => m.Status == SmsOutboxStatus.Queued);
            Assert.Equal(DemoVictim, waiting.ToPhone);
            Assert.Equal(WednesdayNine, waiting.NotBefore);
            Assert.Equal(2, await db.Answers.CountAsync(a => a.QuestionId == "sms_consent" && a.Code == "1"));
        }

        // Wednesday 09:00: DEMO's question goes.
        host.Clock.SetUtcNow(WednesdayNine);
        var demoQ1 = (await host.WaitForMessagesAsync(6))[5];
        Assert.Equal(DemoVictim, demoQ1.To);
        Assert.StartsWith("Q1/5", demoQ1.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_after_the_interview_names_the_force_of_the_numbers_latest_conversation_and_waits_for_its_hours()
    {
        await using var host = await TwoForcesAsync();
        host.Clock.SetUtcNow(Noon);
        Assert.Equal(1, (await host.Dispatch.RunAsync()).Invited); // NORTH only
        await host.WaitForMessagesAsync(1);
        await host.Twilio.PostInboundAsync(NorthVictim, "no"); // declines: the interview ends with a thank-you
        await host.WaitForMessagesAsync(2);
        await host.Twilio.PostInboundAsync(NorthVictim, "HELP");
        var help = (await host.WaitForMessagesAsync(3))[2];
        Assert.Contains("from Northshire Police", help.Body, StringComparison.Ordinal);

        // 19:00 inside NORTH's hours but outside DEMO's: nothing for DEMO's victim, who was never invited.
        host.Clock.SetUtcNow(Noon.AddHours(7));
        Assert.Equal(0, (await host.Dispatch.RunAsync()).Invited);
        Assert.Equal(3, await host.SettledMessageCountAsync());
    }

    [Fact]
    public async Task A_stop_to_one_forces_survey_keeps_every_force_from_texting_the_number()
    {
        await using var host = await SmsTestHost.StartAsync(Noon);
        await InitAsync(host, "DEMO", "Demo Constabulary", "09:00-20:00");
        await InitAsync(host, "NORTH", "Northshire Police", "09:00-20:00");
        await host.SeedForceCasesAsync("DEMO", DemoVictim);
        Assert.Equal(1, (await host.Dispatch.RunAsync()).Invited);
        await host.WaitForMessagesAsync(1);
        await host.Twilio.PostInboundAsync(DemoVictim, "STOP");

        // The same number sampled later by the other force is not invited.
        await host.SeedForceCasesAsync("NORTH", DemoVictim);
        var pass = await host.Dispatch.RunAsync();
        Assert.Equal(0, pass.Invited);
        Assert.Equal(1, pass.SkippedOptedOut);
        Assert.Equal(1, await host.SettledMessageCountAsync());
    }
}
