using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;
using Satisfaction.Core.Time;
using Satisfaction.Data.Entities;
using Satisfaction.Data;

namespace Satisfaction.Application.Sampling;

/// <summary>Reads what sampling needs from the store. Phone numbers are read only to test opt-out hashes, never kept.</summary>
internal static class SamplingStoreReader
{
    public static Task<List<IncidentRecord>> LoadRecordsAsync(SatisfactionDbContext db, string? crimeRef, CancellationToken cancellationToken)
    {
        var query = db.RecordedCrimes.AsNoTracking();
        return crimeRef is null
            ? LoadRecordsAsync(db, query, everyRecord: true, cancellationToken)
            : LoadRecordsAsync(db, query.Where(c => c.CrimeRef == crimeRef), everyRecord: false, cancellationToken);
    }

    /// <summary>
    /// The ASB incidents from <paramref name="locationId"/> reported in the rolling repeat period ending on
    /// <paramref name="reportDate"/> (see <see cref="AsbRepeatLocations"/>).
    /// </summary>
    public static Task<List<IncidentRecord>> LoadAsbAtLocationAsync(SatisfactionDbContext db, string locationId, DateOnly reportDate, CancellationToken cancellationToken)
    {
        var earliest = reportDate.AddDays(-(AsbRepeatLocations.PeriodDays - 1));
        var query = db.RecordedCrimes.AsNoTracking().Where(c =>
            c.LocationId == locationId && c.IncidentType == IncidentType.Asb && c.RecordedDate >= earliest && c.RecordedDate <= reportDate);
        return LoadRecordsAsync(db, query, everyRecord: false, cancellationToken);
    }

    private static async Task<List<IncidentRecord>> LoadRecordsAsync(SatisfactionDbContext db, IQueryable<RecordedCrime> query, bool everyRecord, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(c => new
            {
                c.CrimeRef, c.RecordedAt, c.RecordedDate, c.OffenceCode, c.IncidentType, Division = c.Division!.Code,
                c.VictimId, c.VictimType, c.VictimAge, c.VictimDateOfBirth, c.LocationId, c.Flags,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var victims = everyRecord ? null : rows.Select(r => r.VictimId).ToList();
        var withPhone = (await db.VictimContacts.AsNoTracking()
                .Where(v => v.PhoneE164 != null && (victims == null || victims.Contains(v.VictimId)))
                .Select(v => v.VictimId)
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        return [.. rows.Select(r => new IncidentRecord
        {
            CrimeRef = r.CrimeRef,
            RecordedAt = r.RecordedAt,
            ReportDate = r.RecordedDate,
            OffenceCode = r.OffenceCode,
            IncidentType = r.IncidentType,
            Division = r.Division,
            VictimId = r.VictimId,
            VictimType = r.VictimType,
            Age = r.VictimAge ?? (r.VictimDateOfBirth is { } dob ? UkLocalTime.AgeOn(dob, r.RecordedDate) : null),
            HasUsablePhone = withPhone.Contains(r.VictimId),
            LocationId = r.LocationId ?? string.Empty,
            Flags = r.Flags,
        })];
    }

    /// <summary>
    /// The eligibility context at <paramref name="asOf"/>: victims sampled by completed draws (only those before
    /// <paramref name="beforeDrawId"/> when given) and victims who opted out (by id or by phone hash).
    /// </summary>
    public static async Task<EligibilityContext> LoadContextAsync(SatisfactionDbContext db, DateOnly asOf, long? beforeDrawId, CancellationToken cancellationToken)
    {
        var sampled = await db.SampledCases.AsNoTracking()
            .Join(db.SampleDraws.AsNoTracking(), c => c.SampleDrawId, d => d.Id, (c, d) => new { c.VictimId, d.Id, d.AsOf, d.Status })
            .Where(x => x.Status != SampleDrawStatus.Cancelled && (beforeDrawId == null || x.Id < beforeDrawId))
            .Select(x => new { x.VictimId, x.AsOf })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var lastSampled = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var s in sampled)
        {
            if (!lastSampled.TryGetValue(s.VictimId, out var d) || s.AsOf > d)
            {
                lastSampled[s.VictimId] = s.AsOf;
            }
        }

        var optOuts = await db.OptOuts.AsNoTracking().Select(o => new { o.VictimId, o.PhoneHash })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var optedOut = optOuts.Where(o => o.VictimId != null).Select(o => o.VictimId!).ToHashSet(StringComparer.Ordinal);
        var hashes = optOuts.Where(o => o.PhoneHash != null).Select(o => o.PhoneHash!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (hashes.Count > 0)
        {
            var contacts = await db.VictimContacts.AsNoTracking().Where(v => v.PhoneE164 != null)
                .Select(v => new { v.VictimId, v.PhoneE164 })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var c in contacts)
            {
                if (hashes.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(c.PhoneE164!)))))
                {
                    optedOut.Add(c.VictimId);
                }
            }
        }

        return new EligibilityContext(asOf, lastSampled, optedOut);
    }
}
