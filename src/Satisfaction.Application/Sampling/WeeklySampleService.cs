using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Sampling;
using Satisfaction.Data;

namespace Satisfaction.Application.Sampling;

/// <summary>
/// The weekly cadence of draws: finds the weeks missed since the last draw and draws them in order, each with
/// its own as-of date and seed, so no record ages out of its window unseen. Used by the <c>weekly-sample</c> job
/// and by <c>satisfaction sample --catch-up</c>.
/// </summary>
public sealed class WeeklySampleService(SatisfactionDbContext db, SampleDrawService draws, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    /// <summary>Days between two weekly draws.</summary>
    public const int Cadence = 7;

    /// <summary>
    /// The as-of dates of the weeks that were due and not drawn before <paramref name="asOf"/>: the last draw's
    /// date plus 7, 14, ... days, each at least a week before <paramref name="asOf"/>, oldest first. Empty when
    /// the store has no draw yet (the first draw starts the cadence) or no week was missed.
    /// </summary>
    public async Task<IReadOnlyList<DateOnly>> MissedWeeksAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        var last = await db.SampleDraws.AsNoTracking().Where(d => d.ForceId == forceId && d.AsOf < asOf).OrderByDescending(d => d.AsOf)
            .Select(d => (DateOnly?)d.AsOf).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var missed = new List<DateOnly>();
        if (last is not { } from)
        {
            return missed;
        }

        for (var week = from.AddDays(Cadence); week.AddDays(Cadence) <= asOf; week = week.AddDays(Cadence))
        {
            missed.Add(week);
        }

        return missed;
    }

    /// <summary>
    /// Draws every missed week in order, then <paramref name="asOf"/> itself, skipping any date that already has a
    /// draw (so a re-run, or a run after a crash, draws nothing twice). Seeds derive from each date.
    /// </summary>
    /// <returns>One result per draw made, oldest first; empty when every date was already drawn.</returns>
    public async Task<IReadOnlyList<SampleRunResult>> CatchUpAsync(DateOnly asOf, IReadOnlyList<SamplingProgramme> programmes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var dates = (await MissedWeeksAsync(asOf, cancellationToken).ConfigureAwait(false)).Append(asOf).ToList();
        var forceId = await _force.IdAsync(cancellationToken).ConfigureAwait(false);
        var done = (await db.SampleDraws.AsNoTracking().Where(d => d.ForceId == forceId && dates.Contains(d.AsOf)).Select(d => d.AsOf)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var results = new List<SampleRunResult>();
        foreach (var date in dates.Where(d => !done.Contains(d)))
        {
            results.Add(await draws.RunAsync(new SampleRunRequest(date, null, DryRun: false, programmes), cancellationToken).ConfigureAwait(false));
            db.ChangeTracker.Clear();
        }

        return results;
    }
}
