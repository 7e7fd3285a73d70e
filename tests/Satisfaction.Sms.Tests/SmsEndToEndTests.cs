using System.Net;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Entities;

namespace Satisfaction.Sms.Tests;

/// <summary>
/// End to end through the real Twilio library against FakeTwilio and the real webhooks on Kestrel, with the store
/// checked after each step.
/// </summary>
public sealed class SmsEndToEndTests
{
    private const string Victim = "+447700900123";

    [Fact]
    public async Task A_full_interview_stores_every_answer_as_its_code_and_completes_the_case()
    {
        await using var host = await SmsTestHost.StartAsync();
        var caseId = (await host.SeedCasesAsync(Victim))[0];

        var pass = await host.Dispatch.RunAsync();
        Assert.Equal(1, pass.Invited);
        var invitation = Assert.Single(await host.WaitForMessagesAsync(1));
        Assert.Equal(Victim, invitation.To);
        Assert.Equal(SmsTestHost.Sender, invitation.From);
        Assert.Equal(SmsTestHost.PublicBaseUrl + "/sms/status", invitation.StatusCallback);
        Assert.Contains("the burglary you reported on 3 Jan", invitation.Body, StringComparison.Ordinal);

        string[] replies = ["Yes", "1", "very satisfied", " 3 ", "Completely satisfied 😀", "I was fairly satisfied, thanks", "no"];
        for (var i = 0; i < replies.Length; i++)
        {
            var (status, body, _) = await host.Twilio.PostInboundAsync(Victim, replies[i]);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("<Response></Response>", body, StringComparison.Ordinal);
            await host.WaitForMessagesAsync(i + 2);
        }

        var messages = host.Twilio.Messages;
        Assert.Equal(8, messages.Count);
        Assert.StartsWith("Q1/5", messages[1].Body, StringComparison.Ordinal);
        Assert.StartsWith("Thank you for your answers", messages[^1].Body, StringComparison.Ordinal);

        await using var db = host.Store.CreateDbContext();
        var answers = await db.Answers.OrderBy(a => a.Id).Select(a => a.QuestionId + "=" + a.Code).ToListAsync();
        Assert.Equal(["sms_consent=1", "ease_of_contact=1", "police_actions=2", "follow_up=3", "treatment=1", "whole_experience=3", "crime_number_given=2"], answers);
        var conversation = await db.SmsConversations.SingleAsync();
        Assert.Equal(SmsConversationStatus.Completed, conversation.Status);
        Assert.Equal("1.1", conversation.Disposition);
        var sampled = await db.SampledCases.SingleAsync(s => s.Id == caseId);
        Assert.Equal(CaseStatus.Completed, sampled.Status);
        Assert.Equal("1.1", sampled.FinalDisposition);
        Assert.Equal(SmsCaseStatus.Interviewed, (await db.SmsCaseChannels.SingleAsync()).Status);
        Assert.NotNull((await db.Interviews.SingleAsync()).CompletedAt);
        // The raw text is kept for audit beside the coded answer.
        Assert.Contains(await db.SmsInbound.ToListAsync(), m => m.Body == "Completely satisfied 😀" && m.QuestionId == "treatment" && m.Outcome == "answered");
        // Every text went exactly once.
        Assert.Equal(8, await db.SmsOutbox.CountAsync(m => m.Status == SmsOutboxStatus.Sent));
        Assert.Equal(8, host.Twilio.CreateCalls);

        // After the end: a reply gets no automatic answer (kept for a supervisor); HELP is still answered.
        await host.Twilio.PostInboundAsync(Victim, "one more thing");
        Assert.Equal(8, await host.SettledMessageCountAsync());
        await host.Twilio.PostInboundAsync(Victim, "HELP");
        Assert.Contains("Reply STOP", (await host.WaitForMessagesAsync(9))[8].Body, StringComparison.Ordinal);
        await using var after = host.Store.CreateDbContext();
        Assert.Equal(["unmatched", "help"], await after.SmsInbound.OrderBy(m => m.Id).Skip(7).Select(m => m.Outcome).ToListAsync());
        Assert.Equal(7, await after.Answers.CountAsync());
    }

    [Fact]
    public async Task Invalid_replies_are_reprompted_twice_then_recorded_as_no_answer()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        await host.Dispatch.RunAsync();
        await host.WaitForMessagesAsync(1);
        await host.Twilio.PostInboundAsync(Victim, "yes");
        await host.WaitForMessagesAsync(2);

        await host.Twilio.PostInboundAsync(Victim, "banana");
        var messages = await host.WaitForMessagesAsync(3);
        Assert.StartsWith("Sorry, we did not understand that. Reply 1-7", messages[2].Body, StringComparison.Ordinal);
        await host.Twilio.PostInboundAsync(Victim, "42");
        messages = await host.WaitForMessagesAsync(4);
        Assert.StartsWith("Sorry, we did not understand that.", messages[3].Body, StringComparison.Ordinal);
        await host.Twilio.PostInboundAsync(Victim, "1 or 2?");
        messages = await host.WaitForMessagesAsync(5);
        Assert.StartsWith("Q2/5", messages[4].Body, StringComparison.Ordinal);

        await using var db = host.Store.CreateDbContext();
        Assert.False(await db.Answers.AnyAsync(a => a.QuestionId == "ease_of_contact"));
        var state = Conversations.SmsSurvey.Deserialise((await db.SmsConversations.SingleAsync()).StateJson);
        Assert.Equal(["ease_of_contact"], state.NoAnswer);
        Assert.Equal("police_actions", state.CurrentQuestionId);
        Assert.Equal(["reprompted", "reprompted", "no_answer"], await db.SmsInbound.OrderBy(m => m.Id).Skip(1).Select(m => m.Outcome).ToListAsync());
    }

    [Fact]
    public async Task Stop_in_the_middle_ends_everything_and_nothing_more_goes_until_start()
    {
        await using var host = await SmsTestHost.StartAsync();
        var first = (await host.SeedCasesAsync(Victim))[0];
        await host.Dispatch.RunAsync();
        await host.WaitForMessagesAsync(1);
        await host.Twilio.PostInboundAsync(Victim, "yes");
        await host.WaitForMessagesAsync(2);

        var (status, body, _) = await host.Twilio.PostInboundAsync(Victim, "  Stop. ");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<Response></Response>", body, StringComparison.Ordinal);
        Assert.Equal(2, await host.SettledMessageCountAsync()); // no reply of our own to STOP

        // A second case for the same number, in another programme, and a later dispatch: nothing goes out.
        var second = (await host.SeedProgrammeCasesAsync("asb", "asb", Victim))[0];
        host.Clock.Advance(TimeSpan.FromHours(1));
        var pass = await host.Dispatch.RunAsync();
        Assert.Equal(0, pass.Invited);
        Assert.Equal(1, pass.SkippedOptedOut);
        Assert.Equal(2, await host.SettledMessageCountAsync());
        // A reply after STOP gets nothing either.
        await host.Twilio.PostInboundAsync(Victim, "3");
        Assert.Equal(2, await host.SettledMessageCountAsync());

        await using (var db = host.Store.CreateDbContext())
        {
            var conversation = await db.SmsConversations.SingleAsync(c => c.SampledCaseId == first);
            Assert.Equal(SmsConversationStatus.Stopped, conversation.Status);
            Assert.Equal("2.111", conversation.Disposition);
            Assert.Equal(SmsCaseStatus.OptedOut, (await db.SmsCaseChannels.SingleAsync(c => c.SampledCaseId == first)).Status);
            var suppression = await db.SmsSuppressions.SingleAsync();
            Assert.Null(suppression.LiftedAt);
            Assert.Equal(64, suppression.PhoneKey.Length);
            Assert.DoesNotContain("7700900123", suppression.PhoneKey, StringComparison.Ordinal);
        }

        // START lifts the suppression: the number may be texted again (the second case); the first stays closed.
        await host.Twilio.PostInboundAsync(Victim, "START");
        await using (var db = host.Store.CreateDbContext())
        {
            Assert.NotNull((await db.SmsSuppressions.SingleAsync()).LiftedAt);
        }

        pass = await host.Dispatch.RunAsync();
        Assert.Equal(1, pass.Invited);
        var messages = await host.WaitForMessagesAsync(3);
        Assert.Contains("anti-social behaviour", messages[2].Body, StringComparison.Ordinal);
        await using (var db = host.Store.CreateDbContext())
        {
            Assert.Equal(SmsConversationStatus.Open, (await db.SmsConversations.SingleAsync(c => c.SampledCaseId == second)).Status);
        }
    }

    [Fact]
    public async Task Forged_and_unsigned_webhooks_get_403_and_store_nothing()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        await host.Dispatch.RunAsync();
        var sent = (await host.WaitForMessagesAsync(1))[0];

        var (forged, _, _) = await host.Twilio.PostInboundAsync(Victim, "yes", signature: "bm90IGEgc2lnbmF0dXJl");
        var (unsigned, _, _) = await host.Twilio.PostInboundAsync(Victim, "yes", signature: string.Empty);
        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned);

        // A status callback signed with another token.
        using var other = new HttpClient();
        var fields = new Dictionary<string, string> { ["MessageSid"] = sent.Sid, ["MessageStatus"] = "delivered" };
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Twilio.Options.ServiceAddress + "/sms/status") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", FakeTwilio.TwilioSignature.Compute("another-token", SmsTestHost.PublicBaseUrl + "/sms/status", fields));
        using var response = await other.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        // Signed for the service's real address instead of Sms:PublicBaseUrl: refused too.
        fields["MessageSid"] = sent.Sid;
        using var wrongUrl = new HttpRequestMessage(HttpMethod.Post, host.Twilio.Options.ServiceAddress + "/sms/status") { Content = new FormUrlEncodedContent(fields) };
        wrongUrl.Headers.Add("X-Twilio-Signature", FakeTwilio.TwilioSignature.Compute(SmsTestHost.AuthToken, host.Twilio.Options.ServiceAddress + "/sms/status", fields));
        using var wrongUrlResponse = await other.SendAsync(wrongUrl);
        Assert.Equal(HttpStatusCode.Forbidden, wrongUrlResponse.StatusCode);

        await using var db = host.Store.CreateDbContext();
        Assert.Equal(0, await db.SmsInbound.CountAsync());
        Assert.Equal(0, await db.Answers.CountAsync());
        Assert.Equal("queued", (await db.SmsOutbox.SingleAsync()).DeliveryStatus);
        Assert.Equal(1, await host.SettledMessageCountAsync());
    }

    [Fact]
    public async Task A_duplicate_inbound_message_sid_is_acknowledged_and_ignored()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        await host.Dispatch.RunAsync();
        await host.WaitForMessagesAsync(1);

        var (first, _, sid) = await host.Twilio.PostInboundAsync(Victim, "yes");
        await host.WaitForMessagesAsync(2);
        var (again, body, _) = await host.Twilio.PostInboundAsync(Victim, "yes", messageSid: sid);
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Contains("<Response></Response>", body, StringComparison.Ordinal);
        Assert.Equal(2, await host.SettledMessageCountAsync());

        // Twilio retrying the same reply many times at once: still one row, one answer, one next question.
        var (_, _, sid2) = await host.Twilio.PostInboundAsync(Victim, "2");
        var retries = Enumerable.Range(0, 10).Select(_ => host.Twilio.PostInboundAsync(Victim, "2", messageSid: sid2));
        Assert.All(await Task.WhenAll(retries), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(3, await host.SettledMessageCountAsync());

        await using var db = host.Store.CreateDbContext();
        Assert.Equal(2, await db.SmsInbound.CountAsync());
        Assert.Equal(["sms_consent", "ease_of_contact"], await db.Answers.OrderBy(a => a.Id).Select(a => a.QuestionId).ToListAsync());
    }

    [Fact]
    public async Task Status_callbacks_are_idempotent_and_never_move_backwards()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        await host.Dispatch.RunAsync();
        var sid = (await host.WaitForMessagesAsync(1))[0].Sid;

        Assert.Equal(HttpStatusCode.OK, await host.Twilio.PostStatusAsync(sid, "sent"));
        Assert.Equal(HttpStatusCode.OK, await host.Twilio.PostStatusAsync(sid, "delivered"));
        Assert.Equal(HttpStatusCode.OK, await host.Twilio.PostStatusAsync(sid, "delivered"));
        Assert.Equal(HttpStatusCode.OK, await host.Twilio.PostStatusAsync(sid, "sent"));
        Assert.Equal(HttpStatusCode.OK, await host.Twilio.PostStatusAsync(sid, "queued"));

        await using var db = host.Store.CreateDbContext();
        var row = await db.SmsOutbox.SingleAsync();
        Assert.Equal("delivered", row.DeliveryStatus);
        Assert.Equal(sid, row.ProviderSid);
    }

    [Fact]
    public async Task A_twilio_500_then_success_sends_one_message_not_two()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        host.Twilio.FailNext(1, 500, 20500, "Internal Server Error");
        host.Twilio.FailNext(1, 429, 20429, "Too Many Requests");
        await host.Dispatch.RunAsync();
        await host.WaitForMessagesAsync(1);
        Assert.Equal(1, await host.SettledMessageCountAsync());
        Assert.Equal(3, host.Twilio.CreateCalls);

        await using var db = host.Store.CreateDbContext();
        var row = await db.SmsOutbox.SingleAsync();
        Assert.Equal(SmsOutboxStatus.Sent, row.Status);
        Assert.Equal(3, row.Attempts);
    }

    [Fact]
    public async Task A_crash_between_storing_and_sending_sends_once_after_restart()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        // The service stops (its background sender with it) right after the invitation is stored: the "crash".
        await host.App.StopAsync();
        Assert.Equal(1, (await host.Dispatch.RunAsync()).Invited);
        await using (var db = host.Store.CreateDbContext())
        {
            Assert.Equal(SmsOutboxStatus.Queued, (await db.SmsOutbox.SingleAsync()).Status);
        }

        Assert.Empty(host.Twilio.Messages);
        await host.RestartAsync();
        Assert.Single(await host.WaitForMessagesAsync(1));
        Assert.Equal(1, await host.SettledMessageCountAsync());
        Assert.Equal(1, host.Twilio.CreateCalls);
    }

    [Fact]
    public async Task A_crash_after_twilio_accepted_but_before_the_result_was_stored_does_not_send_again()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        await host.Dispatch.RunAsync();
        var sid = (await host.WaitForMessagesAsync(1))[0].Sid;
        await host.App.StopAsync();
        await using (var db = host.Store.CreateDbContext())
        {
            // As if the sender died after Twilio answered and before the SID was written.
            await db.SmsOutbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, SmsOutboxStatus.Sending).SetProperty(m => m.ProviderSid, (string?)null)
                .SetProperty(m => m.ClaimedAt, host.Clock.GetUtcNow()));
        }

        await host.RestartAsync();
        Assert.Equal(1, await host.SettledMessageCountAsync()); // the claim may still be alive: left alone
        host.Clock.Advance(Outbox.SmsOutboxSender.ClaimTimeout + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await host.SettledMessageCountAsync());
        Assert.Equal(1, host.Twilio.CreateCalls);
        await using (var db = host.Store.CreateDbContext())
        {
            var row = await db.SmsOutbox.SingleAsync();
            Assert.Equal(SmsOutboxStatus.Sent, row.Status);
            Assert.Equal(sid, row.ProviderSid);
        }
    }

    [Fact]
    public async Task A_claimed_text_that_never_reached_twilio_is_sent_once_after_the_claim_times_out()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        await host.App.StopAsync();
        await host.Dispatch.RunAsync();
        await using (var db = host.Store.CreateDbContext())
        {
            await db.SmsOutbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, SmsOutboxStatus.Sending).SetProperty(m => m.ClaimedAt, host.Clock.GetUtcNow()));
        }

        await host.RestartAsync();
        Assert.Equal(0, await host.SettledMessageCountAsync());
        host.Clock.Advance(Outbox.SmsOutboxSender.ClaimTimeout + TimeSpan.FromSeconds(1));
        Assert.Single(await host.WaitForMessagesAsync(1));
        Assert.Equal(1, await host.SettledMessageCountAsync());
    }

    [Fact]
    public async Task Twilio_21610_is_an_opt_out_and_an_unreachable_number_goes_to_the_ring_back_queue()
    {
        const string Unsubscribed = "+447700900201";
        const string Landline = "+447700900202";
        await using var host = await SmsTestHost.StartAsync();
        var ids = await host.SeedCasesAsync(Unsubscribed, Landline);
        host.Twilio.Refuse(Unsubscribed, 21610);
        var pass = await host.Dispatch.RunAsync();
        Assert.True(pass.Invited == 2, pass.ToString());
        var sent = await host.WaitForMessagesAsync(1);
        Assert.Equal(1, await host.SettledMessageCountAsync());
        Assert.Equal(HttpStatusCode.OK, await host.Twilio.PostStatusAsync(sent[0].Sid, "undelivered", 30006));

        await using var db = host.Store.CreateDbContext();
        var refused = await db.SmsOutbox.SingleAsync(m => m.ToPhone == Unsubscribed);
        Assert.Equal(SmsOutboxStatus.Failed, refused.Status);
        Assert.Equal(21610, refused.ErrorCode);
        Assert.Equal(1, await db.SmsSuppressions.CountAsync(s => s.Source == "twilio_21610" && s.LiftedAt == null));
        Assert.Equal(SmsCaseStatus.OptedOut, (await db.SmsCaseChannels.SingleAsync(c => c.SampledCaseId == ids[0])).Status);

        var landline = await db.SmsCaseChannels.SingleAsync(c => c.SampledCaseId == ids[1]);
        Assert.Equal(SmsCaseStatus.Undeliverable, landline.Status);
        Assert.True(landline.RingBackQueued);
        Assert.Equal("twilio_30006", landline.RingBackReason);
        Assert.Equal(CaseStatus.InProgress, (await db.SampledCases.SingleAsync(s => s.Id == ids[1])).Status);
    }

    [Fact]
    public async Task A_reply_after_hours_is_answered_at_the_next_permitted_time_and_help_says_who_is_asking()
    {
        await using var host = await SmsTestHost.StartAsync(new DateTimeOffset(2027, 3, 2, 19, 58, 0, TimeSpan.Zero));
        await host.SeedCasesAsync(Victim);
        await host.Dispatch.RunAsync();
        await host.WaitForMessagesAsync(1);
        await host.Twilio.PostInboundAsync(Victim, "help");
        var help = (await host.WaitForMessagesAsync(2))[1];
        Assert.Contains("Demo Constabulary", help.Body, StringComparison.Ordinal);
        Assert.Contains("STOP", help.Body, StringComparison.Ordinal);

        host.Clock.Advance(TimeSpan.FromMinutes(5)); // 20:03: after SMS hours
        await host.Twilio.PostInboundAsync(Victim, "yes");
        Assert.Equal(2, await host.SettledMessageCountAsync());
        await using (var db = host.Store.CreateDbContext())
        {
            var waiting = await db.SmsOutbox.SingleAsync(m => m.Status == SmsOutboxStatus.Queued);
            Assert.Equal(new DateTimeOffset(2027, 3, 3, 9, 0, 0, TimeSpan.Zero), waiting.NotBefore);
        }

        host.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 3, 9, 0, 1, TimeSpan.Zero));
        var messages = await host.WaitForMessagesAsync(3);
        Assert.StartsWith("Q1/5", messages[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_sends_nothing_outside_hours_or_on_a_bank_holiday_and_reminds_then_expires()
    {
        // Good Friday 2027 (26 March), 11:00: a bank holiday.
        await using var host = await SmsTestHost.StartAsync(new DateTimeOffset(2027, 3, 26, 11, 0, 0, TimeSpan.Zero));
        var caseId = (await host.SeedCasesAsync(Victim))[0];
        var pass = await host.Dispatch.RunAsync();
        Assert.False(pass.SmsPermittedNow);
        Assert.Equal(0, pass.Invited);
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 30, 10, 0, 0, TimeSpan.Zero)); // Tuesday after Easter Monday, 11:00 BST
        Assert.Equal(1, (await host.Dispatch.RunAsync()).Invited);
        await host.WaitForMessagesAsync(1);

        host.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, (await host.Dispatch.RunAsync()).Reminded);
        var messages = await host.WaitForMessagesAsync(2);
        Assert.StartsWith("Reminder:", messages[1].Body, StringComparison.Ordinal);
        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await host.Dispatch.RunAsync()).Reminded); // one reminder only

        host.Clock.Advance(TimeSpan.FromHours(48));
        Assert.Equal(1, (await host.Dispatch.RunAsync()).Expired);
        await using var db = host.Store.CreateDbContext();
        var conversation = await db.SmsConversations.SingleAsync();
        Assert.Equal(SmsConversationStatus.Expired, conversation.Status);
        Assert.Equal("3.19", conversation.Disposition);
        var channel = await db.SmsCaseChannels.SingleAsync(c => c.SampledCaseId == caseId);
        Assert.Equal(SmsCaseStatus.NoResponse, channel.Status);
        Assert.True(channel.RingBackQueued); // uss: channels [sms, phone]
        Assert.Equal(2, await host.SettledMessageCountAsync());
    }
}
