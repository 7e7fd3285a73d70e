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
public sealed class SampleExportService(SatisfactionDbContext db)
{
    /// <summary>The header row.</summary>
    public const string Header = "case_id,draw_id,crime_ref,victim_id,programme,user_group,division,stratum,inclusion_probability,design_weight,asb_repeat_location";

    /// <summary>
    /// The draw id for <paramref name="draw"/>: a number, or <c>latest</c> (or null) for the latest completed draw.
    /// </summary>
    /// <exception cref="InvalidInputException">Not a number or <c>latest</c>, no such draw, or no draw at all.</exception>
    public async Task<long> ResolveDrawAsync(string? draw, CancellationToken cancellationToken)
    {
        if (draw is null || string.Equals(draw, "latest", StringComparison.OrdinalIgnoreCase))
        {
            var latest = await db.SampleDraws.AsNoTracking().Where(d => d.Status == SampleDrawStatus.Completed)
                .OrderByDescending(d => d.Id).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return latest ?? throw new InvalidInputException("there is no completed draw yet; run `satisfaction sample` first.");
        }

        if (!long.TryParse(draw, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new InvalidInputException($"--draw '{draw}' is not a draw id or 'latest'.");
        }

        return await db.SampleDraws.AsNoTracking().AnyAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false)
            ? id
            : throw new InvalidInputException($"draw {id} does not exist.");
    }

    /// <summary>Writes the header and one row per sampled case of draw <paramref name="drawId"/>, by case id; returns the row count.</summary>
    public async Task<int> WriteAsync(long drawId, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rows = await db.SampledCases.AsNoTracking()
            .Where(c => c.SampleDrawId == drawId)
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
