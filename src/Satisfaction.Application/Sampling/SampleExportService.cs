using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Sampling;

/// <summary>
/// Writes the sampled cases of a draw as CSV (never a phone number or name): case_id, draw_id, crime_ref,
/// victim_id, programme, user_group, division, stratum, inclusion_probability, design_weight, then
/// asb_repeat_location (true/false: an ASB incident that is the 5th or more from its location in 180 days).
/// </summary>
public sealed class SampleExportService(SatisfactionDbContext db, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    /// <summary>The header row.</summary>
    public const string Header = "case_id,draw_id,crime_ref,victim_id,programme,user_group,division,stratum,inclusion_probability,design_weight,asb_repeat_location";

    /// <summary>
    /// The draw id for <paramref name="draw"/>: a number, or <c>latest</c> (or null) for the latest draw that
    /// sampled anyone.
    /// </summary>
    /// <exception cref="InvalidInputException">Not a number or <c>latest</c>, no such draw, or no draw at all.</exception>
    public async Task<long> ResolveDrawAsync(string? draw, CancellationToken cancellationToken) =>
        (await SelectAsync(draw, null, cancellationToken).ConfigureAwait(false)).DrawIds[0];

    /// <summary>
    /// The draws for <paramref name="draw"/>: a draw id; <c>latest</c> (or null): the latest draw that sampled
    /// anyone, with a note when a later draw was empty; <c>all</c>: every draw that sampled anyone, with an as-of
    /// date on or after <paramref name="since"/> when given.
    /// </summary>
    /// <exception cref="InvalidInputException">Not an id, <c>latest</c> or <c>all</c>; no such draw; no draw that sampled anyone.</exception>
    public async Task<DrawSelection> SelectAsync(string? draw, DateOnly? since, CancellationToken cancellationToken)
    {
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var withCases = db.SampleDraws.AsNoTracking().Where(d => d.ForceId == forceId)
            .Where(d => d.Status == SampleDrawStatus.Completed && db.SampledCases.Any(c => c.SampleDrawId == d.Id))
            .Where(d => since == null || d.AsOf >= since);
        if (draw is null || string.Equals(draw, "latest", StringComparison.OrdinalIgnoreCase))
        {
            var latest = await withCases.OrderByDescending(d => d.Id).Select(d => new { d.Id, d.AsOf }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var newest = await db.SampleDraws.AsNoTracking().Where(d => d.ForceId == forceId && (since == null || d.AsOf >= since)).OrderByDescending(d => d.Id)
                .Select(d => new { d.Id, d.AsOf }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (latest is null)
            {
                throw new InvalidInputException(newest is null
                    ? "there is no completed draw yet; run `satisfaction sample` first."
                    : string.Create(CultureInfo.InvariantCulture, $"no draw has sampled anyone yet: the latest draw ({newest.Id}, as of {newest.AsOf:yyyy-MM-dd}) was empty."));
            }

            var note = newest is not null && newest.Id != latest.Id
                ? string.Create(CultureInfo.InvariantCulture, $"the latest draw ({newest.Id}, as of {newest.AsOf:yyyy-MM-dd}) sampled nobody; exporting draw {latest.Id} (as of {latest.AsOf:yyyy-MM-dd}), the latest that sampled anyone")
                : null;
            return new DrawSelection([latest.Id], note);
        }

        if (string.Equals(draw, "all", StringComparison.OrdinalIgnoreCase))
        {
            var ids = await withCases.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return ids.Count > 0
                ? new DrawSelection(ids, null)
                : throw new InvalidInputException(since is { } s
                    ? string.Create(CultureInfo.InvariantCulture, $"no draw since {s:yyyy-MM-dd} sampled anyone.")
                    : "there is no completed draw yet; run `satisfaction sample` first.");
        }

        if (!long.TryParse(draw, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new InvalidInputException($"--draw '{draw}' is not a draw id, 'latest' or 'all'.");
        }

        return await db.SampleDraws.AsNoTracking().AnyAsync(d => d.Id == id && d.ForceId == forceId, cancellationToken).ConfigureAwait(false)
            ? new DrawSelection([id], null)
            : throw new InvalidInputException($"draw {id} does not exist.");
    }

    /// <summary>Writes the header and one row per sampled case of draw <paramref name="drawId"/>, by case id; returns the row count.</summary>
    public Task<int> WriteAsync(long drawId, TextWriter writer, CancellationToken cancellationToken) =>
        WriteAsync([drawId], writer, cancellationToken);

    /// <summary>Writes the header and one row per sampled case of the draws <paramref name="drawIds"/>, by case id; returns the row count.</summary>
    public async Task<int> WriteAsync(IReadOnlyList<long> drawIds, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(drawIds);
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.SampledCases.AsNoTracking()
            .Where(c => c.ForceId == forceId && drawIds.Contains(c.SampleDrawId))
            .Join(db.SurveyProgrammes.AsNoTracking(), c => c.SurveyProgrammeId, p => p.Id, (c, p) => new { Case = c, Programme = p.Code })
            .Join(db.Divisions.AsNoTracking(), x => x.Case.DivisionId, d => d.Id, (x, d) => new { x.Case, x.Programme, Division = d.Code })
            .OrderBy(x => x.Case.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await writer.WriteLineAsync(Header).ConfigureAwait(false);
        foreach (var r in rows)
        {
            var c = r.Case;
            await writer.WriteLineAsync(string.Join(',',
                c.Id.ToString(CultureInfo.InvariantCulture),
                c.SampleDrawId.ToString(CultureInfo.InvariantCulture),
                Field(c.CrimeRef),
                Field(c.VictimId),
                Field(r.Programme),
                Field(c.UserGroup),
                Field(r.Division),
                Field(c.Stratum),
                c.InclusionProbability.ToString("R", CultureInfo.InvariantCulture),
                c.DesignWeight.ToString("R", CultureInfo.InvariantCulture),
                c.AsbRepeatLocation ? "true" : "false")).ConfigureAwait(false);
        }

        return rows.Count;
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
