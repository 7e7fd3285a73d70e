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
    public static Task<List<IncidentRecord>> LoadRecordsAsync(SatisfactionDbContext db, int forceId, string crimeRef, CancellationToken cancellationToken) =>
        LoadRecordsAsync(db, db.RecordedCrimes.AsNoTracking().Where(c => c.ForceId == forceId && c.CrimeRef == crimeRef), cancellationToken);

    /// <summary>
    /// What a weekly draw at <paramref name="asOf"/> needs, read in SQL rather than the whole store: the records
    /// no draw has considered that have reached the youngest window edge of <paramref name="programmes"/> (what
    /// <see cref="DrawPlanner"/> may pick, late imports included), and the ASB incidents already considered that
    /// an ASB candidate's repeat-location count looks back on (its location's incidents in the
    /// <see cref="AsbRepeatLocations.PeriodDays"/> days to its report), with their crime refs as already considered.
    /// The draw gives the same result from this as from every record in the store.
    /// </summary>
    public static async Task<(List<IncidentRecord> Records, HashSet<string> AlreadyConsidered)> LoadForDrawAsync(
        SatisfactionDbContext db, int forceId, DateOnly asOf, IReadOnlyList<SamplingProgramme> programmes, CancellationToken cancellationToken)
    {
        var latest = asOf.AddDays(-programmes.Min(p => p.Window.MinDays));
        var candidates = await LoadRecordsAsync(
            db,
            db.RecordedCrimes.AsNoTracking().Where(c => c.ForceId == forceId && c.RecordedDate <= latest && !db.DrawConsiderations.Any(d => d.ForceId == forceId && d.CrimeRef == c.CrimeRef)),
            cancellationToken).ConfigureAwait(false);
        var considered = new HashSet<string>(StringComparer.Ordinal);
        var asb = candidates.Where(r => r.IncidentType == IncidentType.Asb && r.LocationId.Length > 0).ToList();
        if (asb.Count == 0)
        {
            return (candidates, considered);
        }

        // Every record in [from, to] not yet considered is a candidate already (to <= latest), so only the
        // considered ones are added; they count towards repeats but are not drawn again.
        var from = asb.Min(r => r.ReportDate).AddDays(-(AsbRepeatLocations.PeriodDays - 1));
        var to = asb.Max(r => r.ReportDate);
        var history = await LoadRecordsAsync(
            db,
            db.RecordedCrimes.AsNoTracking().Where(c => c.ForceId == forceId && c.IncidentType == IncidentType.Asb && c.RecordedDate >= from && c.RecordedDate <= to
                && db.DrawConsiderations.Any(d => d.ForceId == forceId && d.CrimeRef == c.CrimeRef)),
            cancellationToken).ConfigureAwait(false);
        foreach (var record in history)
        {
            considered.Add(record.CrimeRef);
            candidates.Add(record);
        }

        return (candidates, considered);
    }

    /// <summary>
    /// The ASB incidents from <paramref name="locationId"/> reported in the rolling repeat period ending on
    /// <paramref name="reportDate"/> (see <see cref="AsbRepeatLocations"/>).
    /// </summary>
    public static Task<List<IncidentRecord>> LoadAsbAtLocationAsync(SatisfactionDbContext db, int forceId, string locationId, DateOnly reportDate, CancellationToken cancellationToken)
    {
        var earliest = reportDate.AddDays(-(AsbRepeatLocations.PeriodDays - 1));
        var query = db.RecordedCrimes.AsNoTracking().Where(c =>
            c.ForceId == forceId && c.LocationId == locationId && c.IncidentType == IncidentType.Asb && c.RecordedDate >= earliest && c.RecordedDate <= reportDate);
        return LoadRecordsAsync(db, query, cancellationToken);
    }

    private static async Task<List<IncidentRecord>> LoadRecordsAsync(SatisfactionDbContext db, IQueryable<RecordedCrime> query, CancellationToken cancellationToken)
    {
        // Whether the victim has a phone is asked per row in SQL (victim_contacts.victim_id is unique): the phone
        // itself is never read here.
        var rows = await query
            .Select(c => new
            {
                c.CrimeRef, c.RecordedAt, c.RecordedDate, c.OffenceCode, c.IncidentType, Division = c.Division!.Code,
                c.VictimId, c.VictimType, c.VictimAge, c.VictimDateOfBirth, c.LocationId, c.Flags,
                HasPhone = db.VictimContacts.Any(v => v.ForceId == c.ForceId && v.VictimId == c.VictimId && v.PhoneE164 != null),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
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
            HasUsablePhone = r.HasPhone,
            LocationId = r.LocationId ?? string.Empty,
            Flags = r.Flags,
        })];
    }

    /// <summary>
    /// The eligibility context at <paramref name="asOf"/>: victims sampled by completed draws (only those before
    /// <paramref name="beforeDrawId"/> when given) and victims who opted out (by id or by phone hash). With
    /// <paramref name="victims"/>, only those victims are looked up (what a draw needs for its candidates).
    /// </summary>
    public static async Task<EligibilityContext> LoadContextAsync(
        SatisfactionDbContext db, int forceId, DateOnly asOf, long? beforeDrawId, CancellationToken cancellationToken, IReadOnlyCollection<string>? victims = null)
    {
        var ids = victims?.ToList();
        var sampled = await db.SampledCases.AsNoTracking()
            .Where(c => c.ForceId == forceId && (ids == null || ids.Contains(c.VictimId)))
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
            var contacts = await db.VictimContacts.AsNoTracking().Where(v => v.ForceId == forceId && v.PhoneE164 != null && (ids == null || ids.Contains(v.VictimId)))
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
