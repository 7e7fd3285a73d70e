using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;
using Satisfaction.Data;

namespace Satisfaction.Application.Sampling;

/// <summary>
/// <c>sample explain</c>: re-applies every rule to one record as at the draw that considered it (with the samples
/// of earlier draws and the current opt-outs) and reports the stored outcome of that draw.
/// </summary>
/// <remarks>Reads the rows of one force only (<see cref="Forces.ForceScope"/>; by default the store's only force).</remarks>
public sealed class SampleExplainService(SatisfactionDbContext db, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);

    /// <summary>Explains <paramref name="crimeRef"/>; when no draw considered it, rules are evaluated at <paramref name="today"/>.</summary>
    /// <exception cref="InvalidInputException">The record is not in the store.</exception>
    public async Task<RecordExplanation> ExplainAsync(string crimeRef, IReadOnlyList<SamplingProgramme> programmes, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(crimeRef);
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var record = (await SamplingStoreReader.LoadRecordsAsync(db, forceId, crimeRef, cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new InvalidInputException($"crime_ref '{crimeRef}' is not in the store.");
        var stored = await db.DrawConsiderations.AsNoTracking()
            .Where(c => c.ForceId == forceId && c.CrimeRef == crimeRef)
            .Join(db.SampleDraws.AsNoTracking(), c => c.SampleDrawId, d => d.Id, (c, d) => new { c, d.AsOf, d.Seed })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var asbCount = record.IncidentType == IncidentType.Asb && record.LocationId.Length > 0
            ? AsbRepeatLocations.CountInPeriod(
                await SamplingStoreReader.LoadAsbAtLocationAsync(db, forceId, record.LocationId, record.ReportDate, cancellationToken).ConfigureAwait(false), record)
            : 0;
        var asbRepeat = stored?.c.AsbRepeatLocation ?? asbCount >= AsbRepeatLocations.Threshold;
        StoredConsideration? draw = null;
        if (stored is not null)
        {
            var caseId = await db.SampledCases.AsNoTracking().Where(s => s.ForceId == forceId && s.CrimeRef == crimeRef)
                .Select(s => (long?)s.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            draw = new StoredConsideration(
                stored.c.SampleDrawId, stored.AsOf, stored.Seed, EnumCodes.ToCode(stored.c.Outcome), stored.c.ReasonCode,
                stored.c.Stratum, stored.c.InclusionProbability, caseId);
        }

        var at = draw?.AsOf ?? today;
        var context = await SamplingStoreReader.LoadContextAsync(db, forceId, at, draw?.DrawId, cancellationToken).ConfigureAwait(false);
        var rules = new EligibilityEvaluator(programmes).Explain(record, context);
        return new RecordExplanation(rules, at, draw, asbRepeat, asbCount);
    }
}
