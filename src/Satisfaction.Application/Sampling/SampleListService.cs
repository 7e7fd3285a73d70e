using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;

namespace Satisfaction.Application.Sampling;

/// <summary><c>satisfaction sample list</c>: every draw with its as-of date, seed and counts, oldest first.</summary>
public sealed class SampleListService(SatisfactionDbContext db, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    /// <summary>Every draw of the force, by id.</summary>
    public async Task<IReadOnlyList<DrawSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var draws = await db.SampleDraws.AsNoTracking().Where(d => d.ForceId == forceId).OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var considered = await db.DrawConsiderations.AsNoTracking().Where(c => c.ForceId == forceId).GroupBy(c => c.SampleDrawId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
        var sampled = await db.SampledCases.AsNoTracking().Where(c => c.ForceId == forceId)
            .Join(db.SurveyProgrammes.AsNoTracking(), c => c.SurveyProgrammeId, p => p.Id, (c, p) => new { c.SampleDrawId, p.Code })
            .GroupBy(x => new { x.SampleDrawId, x.Code }).Select(g => new { g.Key.SampleDrawId, g.Key.Code, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. draws.Select(d =>
        {
            var mine = sampled.Where(s => s.SampleDrawId == d.Id).OrderBy(s => s.Code, StringComparer.Ordinal).ToDictionary(s => s.Code, s => s.Count, StringComparer.Ordinal);
            return new DrawSummary(d.Id, d.AsOf, d.Seed, EnumCodes.ToCode(d.Status), considered.GetValueOrDefault(d.Id), mine.Values.Sum(), mine);
        })];
    }
}
