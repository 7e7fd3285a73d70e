using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Time;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Fieldwork;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// The fieldwork years (<see cref="DemoFieldwork"/>): weekly draws, monthly RDD releases, SMS and ring-back
/// interviews, on a clock the demo moves. Idempotent: a finished fieldwork to the same as-of date is recorded in the
/// audit log and not run again; an interrupted one resumes on the day of its last activity.
/// </summary>
public sealed class RunFieldworkStep(IServiceProvider services) : IDemoStep
{
    /// <summary>The audit-log action of a finished fieldwork.</summary>
    public const string AuditAction = "demo.fieldwork";

    /// <inheritdoc />
    public string Name => "fieldwork";

    /// <inheritdoc />
    public async Task<DemoStepResult?> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Request.Fieldwork)
        {
            return null;
        }

        var request = run.Request;
        var programmes = request.Programmes;
        if (programmes is null || programmes.Count == 0)
        {
            return new DemoStepResult(Name, "skipped: no sampling programmes were found");
        }

        var db = run.Db;
        var subject = string.Create(CultureInfo.InvariantCulture, $"force:{DemoForce.Code} as_of:{request.AsOf:yyyy-MM-dd}");
        if (await db.AuditLog.AsNoTracking().AnyAsync(a => a.Action == AuditAction && a.Subject == subject, cancellationToken).ConfigureAwait(false))
        {
            var done = await CountsAsync(run, cancellationToken).ConfigureAwait(false);
            return new DemoStepResult(Name, string.Create(CultureInfo.InvariantCulture, $"already done to {request.AsOf:yyyy-MM-dd}; nothing added. {done}"));
        }

        var drawDates = request.DrawDates();
        var from = drawDates[0];
        var lastText = await db.SmsOutbox.AsNoTracking().MaxAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken).ConfigureAwait(false);
        var lastCall = await db.ContactAttempts.AsNoTracking().MaxAsync(a => (DateTimeOffset?)a.At, cancellationToken).ConfigureAwait(false);
        foreach (var last in new[] { lastText, lastCall }.OfType<DateTimeOffset>())
        {
            var day = UkLocalTime.ToUkDate(last);
            from = day > from ? day : from;
        }

        // The demo's draws are sized for a wider interval than the shipped programmes (see DemoRequest.SampleHalfWidth).
        var sized = programmes.Select(p => p with { Allocation = p.Allocation with { TargetHalfWidth = request.SampleHalfWidth } }).ToList();
        var truth = DemoTrueRates.Create(request.Seed);
        var result = await new DemoFieldwork(services).RunAsync(run, sized, truth, from, drawDates, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        db.AuditLog.Add(new AuditLogEntry
        {
            At = run.Time.GetUtcNow(),
            Actor = "cli:demo",
            Action = AuditAction,
            Subject = subject,
            Details = string.Create(CultureInfo.InvariantCulture,
                $$"""{"seed":{{request.Seed}},"from":"{{result.From:yyyy-MM-dd}}","to":"{{result.To:yyyy-MM-dd}}","draws":{{result.Draws}},"texts":{{result.TextsSent}},"replies":{{result.Replies}},"calls":{{result.Calls}}}"""),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var counts = await CountsAsync(run, cancellationToken).ConfigureAwait(false);
        return new DemoStepResult(Name, FormattableString.Invariant(
            $"{result.From:yyyy-MM-dd} to {result.To:yyyy-MM-dd} on the demo clock (draws sized for ±{request.SampleHalfWidth * 100:0} points instead of ±3): {result.Draws} weekly draws, {result.RddReleases} RDD releases; ")
            + FormattableString.Invariant(
            $"{result.TextsSent} texts sent (offline), {result.Replies} replies ({result.Stops} STOP, {result.Starts} START, {result.Helps} HELP, {result.Nonsense} not an answer), ")
            + FormattableString.Invariant(
            $"{result.HandedOver} SMS cases handed to ring-back, {result.Calls} calls by {DemoFieldwork.Handlers.Count} handlers ({result.Conflicts} cases given to two handlers). ")
            + counts + " Time: " + result.Timings + ".");
    }

    /// <summary>Interviews in the store by mode, in one sentence.</summary>
    private static async Task<string> CountsAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var modes = await run.Db.Interviews.AsNoTracking().Where(i => i.CompletedAt != null)
            .GroupBy(i => i.Mode).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rdd = await run.Db.Interviews.AsNoTracking().CountAsync(i => i.CompletedAt != null && i.RddNumberId != null, cancellationToken).ConfigureAwait(false);
        var cases = await run.Db.SampledCases.CountAsync(cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"Finished interviews: {string.Join(", ", modes.OrderBy(m => m.Key).Select(m => $"{m.Key.ToString().ToLowerInvariant()} {m.Count}"))} ({rdd} of them RDD); {cases} sampled victims in the store.");
    }
}
