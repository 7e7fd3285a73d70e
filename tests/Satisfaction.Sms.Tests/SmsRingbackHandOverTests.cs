using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Ringback;
using Satisfaction.Data.Entities;
using Satisfaction.Scheduling;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Jobs;

namespace Satisfaction.Sms.Tests;

/// <summary>
/// The <c>sms-dispatch</c> job, as the service runs it (resolved in a scope of the real host, with FakeTwilio and the
/// real webhooks), hands the SMS side's non-responders and undeliverable numbers to the ring-back queue and closes
/// there the cases the SMS side closed (STOP), instead of leaving them <c>awaiting_sms</c>.
/// </summary>
public sealed class SmsRingbackHandOverTests
{
    private const string Silent = "+447700900301";
    private const string Stopper = "+447700900302";
    private const string Landline = "+447700900303";

    [Fact]
    public async Task The_job_hands_expired_and_undeliverable_cases_to_ring_back_and_closes_an_opt_out_as_refused()
    {
        await using var host = await SmsTestHost.StartAsync();
        var early = await host.SeedCasesAsync(Silent, Stopper);
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var built = await scope.ServiceProvider.GetRequiredService<RingbackQueueBuilder>().BuildAsync(host.Clock.GetUtcNow());
            Assert.Equal(2, built.VictimsAwaitingSms);
        }

        // Sampled after the queue was built: invited by SMS before any handler's console queued it.
        var late = (await host.SeedCasesAsync(Landline))[0];
        var first = await RunJobAsync(host);
        Assert.StartsWith("SMS hours open: invited 3, reminded 0, expired 0, sent 3; ring-back: handed over 0, closed 0", first, StringComparison.Ordinal);

        var toLandline = (await host.WaitForMessagesAsync(3)).Single(m => m.To == Landline);
        Assert.Equal(HttpStatusCode.OK, await host.Twilio.PostStatusAsync(toLandline.Sid, "undelivered", 30006));
        Assert.Equal(HttpStatusCode.OK, (await host.Twilio.PostInboundAsync(Stopper, "STOP")).Status);
        Assert.EndsWith("ring-back: handed over 1, closed 1", await RunJobAsync(host), StringComparison.Ordinal);
        await using (var db = host.Store.CreateDbContext())
        {
            var undeliverable = await db.CallCases.SingleAsync(c => c.SampledCaseId == late);
            Assert.Equal((CallCaseStatus.Ready, CallSource.SmsUndeliverable), (undeliverable.Status, undeliverable.Source));
            Assert.Equal("uss-burglary", undeliverable.QuestionnaireId);
            Assert.Equal(host.Clock.GetUtcNow(), undeliverable.NextCallAt);

            // STOP: not a consent to a call; closed on the queue as an explicit refusal, never offered.
            var stopped = await db.CallCases.SingleAsync(c => c.SampledCaseId == early[1]);
            Assert.Equal((CallCaseStatus.Closed, "2.111"), (stopped.Status, stopped.Disposition));
            Assert.Null(stopped.NextCallAt);
            Assert.Equal(CallCaseStatus.AwaitingSms, (await db.CallCases.SingleAsync(c => c.SampledCaseId == early[0])).Status);
        }

        // The silent victim: one reminder, then expiry without an answer; uss rings back non-responders.
        host.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Contains("reminded 1", await RunJobAsync(host), StringComparison.Ordinal);
        host.Clock.Advance(TimeSpan.FromHours(49));
        Assert.Contains("expired 1, sent 0; ring-back: handed over 1, closed 0", await RunJobAsync(host), StringComparison.Ordinal);
        Assert.EndsWith("ring-back: handed over 0, closed 0", await RunJobAsync(host), StringComparison.Ordinal);
        await using (var db = host.Store.CreateDbContext())
        {
            var silent = await db.CallCases.SingleAsync(c => c.SampledCaseId == early[0]);
            Assert.Equal((CallCaseStatus.Ready, CallSource.SmsNonResponse), (silent.Status, silent.Source));
            Assert.Equal(host.Clock.GetUtcNow(), silent.NextCallAt);
            Assert.Equal(3, await db.CallCases.CountAsync());
            Assert.Equal(CaseStatus.InProgress, (await db.SampledCases.SingleAsync(s => s.Id == early[0])).Status);
        }
    }

    [Fact]
    public async Task A_landline_case_the_phone_queue_works_is_no_SMS_candidate_and_a_case_whose_number_said_STOP_waits_untexted()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Stopper);
        Assert.Contains("invited 1", await RunJobAsync(host), StringComparison.Ordinal);
        await host.WaitForMessagesAsync(1);
        Assert.Equal(HttpStatusCode.OK, (await host.Twilio.PostInboundAsync(Stopper, "STOP")).Status);

        // Weeks later the same victim is sampled for another crime, and a victim with a landline only.
        var later = await host.SeedCasesAsync(Stopper, "+441134960303");
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var built = await scope.ServiceProvider.GetRequiredService<RingbackQueueBuilder>().BuildAsync(host.Clock.GetUtcNow());
            Assert.Equal((1, 1), (built.VictimsAwaitingSms, built.VictimsReady));
        }

        SmsDispatchResult first, second;
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var dispatch = scope.ServiceProvider.GetRequiredService<SmsDispatchService>();
            first = await dispatch.RunAsync();
            second = await dispatch.RunAsync();
        }

        // Neither is texted; the landline case is the phone queue's and is not read as an SMS candidate at all (it
        // would otherwise be read again every pass and could fill the candidate window ahead of new cases); the case
        // whose number said STOP waits, untexted and uncalled, until START.
        Assert.Equal((0, 1, 0), (first.Invited, first.SkippedOptedOut, first.SkippedNoMobile));
        Assert.Equal((0, 1, 0), (second.Invited, second.SkippedOptedOut, second.SkippedNoMobile));
        Assert.EndsWith("ring-back: handed over 0, closed 0", await RunJobAsync(host), StringComparison.Ordinal);
        Assert.Equal(1, await host.SettledMessageCountAsync());
        await using var db = host.Store.CreateDbContext();
        Assert.Equal(CallCaseStatus.AwaitingSms, (await db.CallCases.SingleAsync(c => c.SampledCaseId == later[0])).Status);
        var landline = await db.CallCases.SingleAsync(c => c.SampledCaseId == later[1]);
        Assert.Equal((CallCaseStatus.Ready, CallSource.LandlineOnly), (landline.Status, landline.Source));
        Assert.Equal(CaseStatus.Pending, (await db.SampledCases.SingleAsync(s => s.Id == later[1])).Status);
        Assert.False(await db.SmsCaseChannels.AnyAsync(ch => ch.SampledCaseId == later[1]));
    }

    private static async Task<string> RunJobAsync(SmsTestHost host)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<SmsDispatchJob>(scope.ServiceProvider);
        return await job.RunAsync(new JobRunContext("sms-dispatch", "test", host.Clock.GetUtcNow(), false), CancellationToken.None);
    }
}
