using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Rdd;
using Satisfaction.Application.Ringback;
using Satisfaction.Application.Sampling;
using Satisfaction.Application.Tests.Scores;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Ringback;

/// <summary>The SMS side's hand-over to the ring-back queue, on each store provider (its queries run on SQLite and PostgreSQL).</summary>
public sealed class SmsRingbackSyncTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<StoreProvider> Providers => Satisfaction.Tests.Stores.TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Queued_cases_become_ready_once_and_cases_the_sms_side_closed_are_closed_on_the_queue(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        var draw = store.AddDraw(new DateOnly(2026, 11, 2));
        var cases = store.AddStratum(draw, "burglary", "EAST", eligible: 4, sampled: 4, dispositions: [null, null, "2.111", null]);
        using (var db = store.Open())
        {
            db.SmsCaseChannels.Add(new SmsCaseChannel { SampledCaseId = cases[0], Status = SmsCaseStatus.NoResponse, RingBackQueued = true, RingBackReason = "no_response", UpdatedAt = Now });
            db.SmsCaseChannels.Add(new SmsCaseChannel { SampledCaseId = cases[1], Status = SmsCaseStatus.Undeliverable, RingBackQueued = true, RingBackReason = "twilio_30006", UpdatedAt = Now });
            db.SmsCaseChannels.Add(new SmsCaseChannel { SampledCaseId = cases[2], Status = SmsCaseStatus.OptedOut, UpdatedAt = Now });
            db.SmsCaseChannels.Add(new SmsCaseChannel { SampledCaseId = cases[3], Status = SmsCaseStatus.Invited, UpdatedAt = Now });
            await db.SampledCases.Where(s => s.Id == cases[2]).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, CaseStatus.Closed));
            var forceId = await db.SampledCases.Where(s => s.Id == cases[0]).Select(s => s.ForceId).SingleAsync();
            foreach (var id in new[] { cases[0], cases[2], cases[3] })
            {
                db.CallCases.Add(new CallCase
                {
                    ForceId = forceId, Kind = CaseKind.Victim, Purpose = CallPurpose.Survey, Source = CallSource.SmsFirst, SampledCaseId = id, QuestionnaireId = "uss-burglary",
                    Stratum = "burglary/EAST", Status = CallCaseStatus.AwaitingSms, Priority = 1, Disposition = AaporDispositions.NotAttempted, CreatedAt = Now, UpdatedAt = Now,
                });
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(new SmsRingbackSyncResult(2, 1), await RunAsync(store));
        Assert.Equal(new SmsRingbackSyncResult(0, 0), await RunAsync(store));
        using var check = store.Open();
        var queue = await check.CallCases.AsNoTracking().ToDictionaryAsync(c => c.SampledCaseId!.Value);
        Assert.Equal((CallCaseStatus.Ready, CallSource.SmsNonResponse, Now), (queue[cases[0]].Status, queue[cases[0]].Source, queue[cases[0]].NextCallAt!.Value));
        // Not queued by the console before the SMS side gave up on it: queued now, with the programme's script.
        Assert.Equal((CallCaseStatus.Ready, CallSource.SmsUndeliverable, "uss"), (queue[cases[1]].Status, queue[cases[1]].Source, queue[cases[1]].QuestionnaireId));
        Assert.Equal((CallCaseStatus.Closed, "2.111"), (queue[cases[2]].Status, queue[cases[2]].Disposition));
        Assert.Null(queue[cases[2]].NextCallAt);
        Assert.Equal(CallCaseStatus.AwaitingSms, queue[cases[3]].Status); // still in its SMS interview
    }

    private static async Task<SmsRingbackSyncResult> RunAsync(FieldworkStore store)
    {
        using var db = store.Open();
        var time = new FakeTimeProvider(Now);
        var windows = new ContactWindows(new ContactHoursOptions(), new BankHolidayCalendar(BankHolidayFile.Shipped()));
        var policy = new RingbackPolicy(Options.Create(new RingbackOptions()), Options.Create(new RddOptions()), windows);
        var builder = new RingbackQueueBuilder(db, policy, Options.Create(new SamplingOptions { ProgrammesPath = Path.Combine(store.Folder, "no-programmes") }));
        return await new SmsRingbackSync(db, new SmsHandOver(db, time), builder, time).RunAsync();
    }
}
