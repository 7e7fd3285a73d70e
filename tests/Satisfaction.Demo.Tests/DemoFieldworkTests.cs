using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Scores;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Fieldwork;
using Satisfaction.Demo.Pipeline;

namespace Satisfaction.Demo.Tests;

/// <summary>What two years of demo fieldwork leave in the store, the true rates file and the report.</summary>
public sealed class DemoFieldworkTests(DemoFieldworkFixture demo) : IClassFixture<DemoFieldworkFixture>
{
    [Fact]
    public async Task Fieldwork_InterviewsInBothPeriods_OnBothChannels_AndRdd()
    {
        var periods = new ScorePeriods(DemoFieldworkFixture.AsOf);
        using var db = demo.OpenStore();
        var done = await db.Interviews.AsNoTracking().Where(i => i.CompletedAt != null).Select(i => new { i.Mode, i.CompletedAt, i.RddNumberId }).ToListAsync();
        foreach (var period in new[] { ScorePeriods.InYear, ScorePeriods.Previous })
        {
            var own = done.Where(i => periods.PeriodOf(Core.Time.UkLocalTime.ToUkDate(i.CompletedAt!.Value)) == period).ToList();
            Assert.True(own.Count(i => i.Mode == InterviewMode.Sms) >= 30, $"{period}: {own.Count(i => i.Mode == InterviewMode.Sms)} SMS interviews");
            Assert.True(own.Count(i => i.Mode == InterviewMode.Phone && i.RddNumberId == null) >= 30, $"{period}: too few victim telephone interviews");
            Assert.True(own.Count(i => i.RddNumberId != null) >= 10, $"{period}: too few RDD interviews");
        }

        // Both handlers worked the queue, and every SMS non-responder handed over became a telephone case.
        var handlers = await db.ContactAttempts.AsNoTracking().Where(a => a.Handler != null).Select(a => a.Handler!).Distinct().ToListAsync();
        Assert.Equal(DemoFieldwork.Handlers.Order(), handlers.Order());
        Assert.True(await db.CallCases.AnyAsync(c => c.Source == CallSource.SmsNonResponse && c.Attempts > 0));
        Assert.True(await db.CallCases.AnyAsync(c => c.Source == CallSource.LandlineOnly && c.Attempts > 0));
    }

    [Fact]
    public async Task Stop_NothingIsSentToTheNumberAfterwards_UntilStart()
    {
        using var db = demo.OpenStore();
        var inbound = await db.SmsInbound.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.FromPhone, m.Outcome, m.ReceivedAt }).ToListAsync();
        var stopCode = EnumCodes.ToCode(SmsReplyOutcome.OptedOut);
        var stops = inbound.Where(m => m.Outcome == stopCode).ToList();
        Assert.True(stops.Count >= 5, $"only {stops.Count} STOP replies");
        Assert.Contains(inbound, m => m.Outcome == "opted_in");
        var sent = await db.SmsOutbox.AsNoTracking().Where(m => m.SentAt != null).Select(m => new { m.ToPhone, m.SentAt }).ToListAsync();
        foreach (var stop in stops)
        {
            var start = inbound.Where(m => m.FromPhone == stop.FromPhone && m.Outcome == "opted_in" && m.ReceivedAt > stop.ReceivedAt)
                .Select(m => (DateTimeOffset?)m.ReceivedAt).Min() ?? DateTimeOffset.MaxValue;
            var after = sent.Count(m => m.ToPhone == stop.FromPhone && m.SentAt > stop.ReceivedAt && m.SentAt < start);
            Assert.True(after == 0, $"{after} texts went to a number after its STOP and before any START");
        }
    }

    [Fact]
    public async Task Sms_NoQuestionIsSentTwice_ExceptAsARePrompt()
    {
        using var db = demo.OpenStore();
        var questions = await db.SmsOutbox.AsNoTracking()
            .Where(m => m.ConversationId != null && (m.Kind == SmsMessageKind.Invitation || m.Kind == SmsMessageKind.Question))
            .Select(m => new { m.ConversationId, m.Body }).ToListAsync();
        Assert.True(questions.Count > 500);
        var repeated = questions.GroupBy(m => (m.ConversationId, m.Body)).Count(g => g.Count() > 1);
        Assert.Equal(0, repeated);
        Assert.True(await db.SmsOutbox.AnyAsync(m => m.Kind == SmsMessageKind.Reprompt), "the nonsense replies were re-prompted");
        Assert.True(await db.SmsOutbox.AnyAsync(m => m.Kind == SmsMessageKind.Reminder), "quiet victims got their reminder");
        Assert.True(await db.SmsConversations.AnyAsync(c => c.Status == SmsConversationStatus.Expired), "silent interviews expired");
    }

    [Fact]
    public async Task Ringback_NoCaseWasHeldByTwoHandlers()
    {
        Assert.Contains("(0 cases given to two handlers)", Summary(demo.First, "fieldwork"), StringComparison.Ordinal);
        using var db = demo.OpenStore();

        // Every recorded call is the handler's own: the desk refuses a record from a handler who does not hold the
        // case, so each case's calls come one at a time, never two at the same instant by different handlers.
        var calls = await db.ContactAttempts.AsNoTracking().Where(a => a.Handler != null)
            .Select(a => new { Case = a.SampledCaseId ?? -a.RddNumberId!.Value, a.At, a.Handler }).ToListAsync();
        Assert.True(calls.Count > 200);
        Assert.DoesNotContain(calls.GroupBy(c => (c.Case, c.At)), g => g.Select(c => c.Handler).Distinct().Count() > 1);
        Assert.Equal(0, await db.CallCases.CountAsync(c => c.LockedBy != null));
    }

    [Fact]
    public async Task Estimates_CoverTheWrittenTrueRates()
    {
        var truth = DemoTrueRates.ReadCsv(Path.Combine(demo.OutputFolder, WriteTrueRatesStep.FileName));
        using var scope = demo.Services.CreateScope();
        var scores = scope.ServiceProvider.GetRequiredService<ScoresService>();
        var result = await scores.RunAsync(new ScoreRequest(DemoFieldworkFixture.AsOf) { Level = 0.99 }, CancellationToken.None);

        // The force's whole experience (USS) in-year is inside its 99% interval.
        var force = result.Estimates.Single(e => e is { Programme: "uss", Period: ScorePeriods.InYear } && e.Estimate.Measure == "whole_experience" && e.Estimate.By is null);
        var forceTruth = truth.Single(t => t is { Programme: "uss", Measure: "whole_experience", UserGroup: "", Division: "", Basis: "in_year_mix" }).Rate;
        var ci = force.Estimate.Ci[0].Value;
        Assert.InRange(forceTruth, ci.Lower, ci.Upper);

        // Most in-year domains of the five measures (force, divisions, user groups; USS and ASB) cover their truth at
        // 99%: with about 60 intervals, fewer than 1 in 100 should miss; at least 90% must cover (correlated
        // measures can miss together).
        var checkedCount = 0;
        var covered = 0;
        foreach (var e in result.Estimates.Where(e => e.Period == ScorePeriods.InYear && e.Programme is "uss" or "asb" && e.Estimate.N >= 30))
        {
            var est = e.Estimate;
            var row = truth.SingleOrDefault(t => t.Programme == e.Programme && t.Measure == est.Measure && t.Basis == "in_year_mix"
                && t.UserGroup == (est.By == "user_group" ? est.Domain : string.Empty)
                && t.Division == (est.By == "division" ? est.Domain : string.Empty));
            if (row is null)
            {
                continue;
            }

            checkedCount++;
            var bounds = est.Ci[0].Value;
            covered += row.Rate >= bounds.Lower && row.Rate <= bounds.Upper ? 1 : 0;
        }

        Assert.True(checkedCount >= 30, $"only {checkedCount} domains compared");
        Assert.True(covered >= 0.9 * checkedCount, string.Create(CultureInfo.InvariantCulture, $"{covered} of {checkedCount} 99% intervals cover the truth"));
    }

    [Fact]
    public void SecondRun_AddsNothing_AndSaysSo()
    {
        Assert.Equal(demo.CountsAfterFirst, demo.CountsAfterSecond);
        Assert.StartsWith("already done to 2026-11-30; nothing added.", Summary(demo.Second, "fieldwork"), StringComparison.Ordinal);
        Assert.Contains("already set up", Summary(demo.Second, "force"), StringComparison.Ordinal);
        Assert.Contains("(0 already present)", Summary(demo.First, "recorded crime"), StringComparison.Ordinal);
        Assert.Contains("added 0 records", Summary(demo.Second, "recorded crime"), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_IsWritten_WithTheHeadline()
    {
        Assert.Equal(["force", "recorded crime", "fieldwork", "true rates", "report"], demo.First.Select(r => r.Step));
        var html = Path.Combine(demo.OutputFolder, WriteReportStep.FolderName, "report.html");
        Assert.Equal(html, demo.FirstRun.ReportPath);
        Assert.True(new FileInfo(html).Length > 10_000);
        var headline = demo.FirstRun.Headline;
        Assert.NotNull(headline);
        Assert.Matches(@"^Whole experience \(uss\), 12 months to 30 Nov 2026: \d+\.\d% satisfied \(95% CI \d+\.\d-\d+\.\d%, n = \d+\); change from the previous 12 months [+-−]?\d+\.\d points \((not )?significant at 95%, p = 0\.\d{3}\)\.$", headline);
        Assert.True(File.Exists(Path.Combine(demo.OutputFolder, WriteTrueRatesStep.FileName)));
    }

    private static string Summary(IReadOnlyList<DemoStepResult> results, string step) => results.Single(r => r.Step == step).Summary;
}
