using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Crimes;

namespace Satisfaction.Demo.Pipeline;

/// <summary>Counts of stored records by incident type and division, for the demo's closing summary.</summary>
/// <param name="Divisions">Division codes, in column order.</param>
/// <param name="Counts">Count per (incident type, division code).</param>
public sealed record DemoSummary(IReadOnlyList<string> Divisions, IReadOnlyDictionary<(IncidentType Type, string Division), int> Counts)
{
    /// <summary>Total over every type and division.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>Count for one cell (0 when none).</summary>
    public int Count(IncidentType type, string division) => Counts.TryGetValue((type, division), out var n) ? n : 0;

    /// <summary>Reads the counts for one force from the store.</summary>
    public static async Task<DemoSummary> LoadAsync(Data.SatisfactionDbContext db, int forceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var divisions = await db.Divisions.Where(d => d.ForceId == forceId).OrderBy(d => d.Code).Select(d => d.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.RecordedCrimes.Where(c => c.Division!.ForceId == forceId)
            .GroupBy(c => new { c.IncidentType, c.Division!.Code })
            .Select(g => new { g.Key.IncidentType, g.Key.Code, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DemoSummary(divisions, rows.ToDictionary(r => (r.IncidentType, r.Code), r => r.Count));
    }
}
