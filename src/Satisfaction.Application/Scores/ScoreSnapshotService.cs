using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Time;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Scores;

/// <summary>
/// The nightly snapshot of the scores: stores the scores of a date (as <c>scores --format json</c> prints them) in
/// <c>score_snapshots</c>, once per as-of date, so a figure quoted last month can be reproduced after later
/// interviews arrive. A job calls <see cref="TakeTodayAsync"/>; an existing snapshot of the date is kept, never replaced.
/// </summary>
/// <remarks>One force's snapshots (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class ScoreSnapshotService(SatisfactionDbContext db, ScoresService scores, TimeProvider time, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);

    /// <summary>Takes the snapshot of today (UK local date).</summary>
    public Task<ScoreSnapshotOutcome> TakeTodayAsync(CancellationToken cancellationToken) =>
        TakeAsync(UkLocalTime.ToUkDate(time.GetUtcNow()), cancellationToken);

    /// <summary>Takes the snapshot of <paramref name="asOf"/> unless one exists.</summary>
    public async Task<ScoreSnapshotOutcome> TakeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        if (forceId == 0)
        {
            return new ScoreSnapshotOutcome(asOf, false, 0); // no force set up yet: nothing to score
        }

        var existing = await db.ScoreSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.ForceId == forceId && s.AsOf == asOf, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new ScoreSnapshotOutcome(asOf, false, existing.Figures);
        }

        var result = await scores.RunAsync(new ScoreRequest(asOf), cancellationToken).ConfigureAwait(false);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ScoresOutput.WriteJson(writer, result);
        var figures = result.Estimates.Count + result.Changes.Count;
        db.ScoreSnapshots.Add(new ScoreSnapshot { ForceId = forceId, AsOf = asOf, TakenAt = time.GetUtcNow(), Figures = figures, ScoresJson = writer.ToString() });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new ScoreSnapshotOutcome(asOf, true, figures);
    }

    /// <summary>The stored scores of <paramref name="asOf"/> (the JSON array), or null when none was taken.</summary>
    public async Task<JsonDocument?> ReadAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var json = await db.ScoreSnapshots.AsNoTracking().Where(s => s.ForceId == forceId && s.AsOf == asOf).Select(s => s.ScoresJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonDocument.Parse(json);
    }
}
