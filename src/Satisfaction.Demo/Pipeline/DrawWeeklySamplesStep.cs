using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Application.Sampling;

namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// Without fieldwork (<see cref="DemoRequest.Fieldwork"/> false): runs the weekly victim draw for every week of the demo year, as the scheduler would have: one draw every
/// 7 days ending on the as-of date, each with the seed derived from its date. A date that already has a
/// draw is skipped, so re-running adds nothing; each record is considered by exactly one draw.
/// </summary>
public sealed class DrawWeeklySamplesStep : IDemoStep
{
    /// <inheritdoc />
    public string Name => "weekly samples";

    /// <inheritdoc />
    public async Task<DemoStepResult?> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Request.Fieldwork)
        {
            return null; // the fieldwork draws and releases on its own clock
        }

        var programmes = run.Request.Programmes;
        if (programmes is null || programmes.Count == 0)
        {
            return new DemoStepResult(Name, "skipped: no sampling programmes were found");
        }

        var asOf = run.Request.AsOf;
        var dates = Enumerable.Range(0, 53).Select(k => asOf.AddDays(-7 * k)).Where(d => d > asOf.AddDays(-365)).Order().ToList();
        var done = (await run.Db.SampleDraws.AsNoTracking().Select(d => d.AsOf).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var service = new SampleDrawService(run.Db, run.Time);
        int draws = 0, considered = 0, sampled = 0;
        foreach (var date in dates.Where(d => !done.Contains(d)))
        {
            var result = await service.RunAsync(new SampleRunRequest(date, null, DryRun: false, programmes), cancellationToken).ConfigureAwait(false);
            run.Db.ChangeTracker.Clear();
            draws++;
            considered += result.Draw.Considerations.Count;
            sampled += result.Draw.Sampled.Count;
        }

        var totalSampled = await run.Db.SampledCases.CountAsync(cancellationToken).ConfigureAwait(false);
        return new DemoStepResult(Name, string.Create(
            CultureInfo.InvariantCulture,
            $"{draws} new weekly draws ({dates.Count - draws} already done) from {dates[0]:yyyy-MM-dd} to {dates[^1]:yyyy-MM-dd}, seeds = the dates as yyyyMMdd: considered {considered}, sampled {sampled}; {totalSampled} cases in the store"));
    }
}
