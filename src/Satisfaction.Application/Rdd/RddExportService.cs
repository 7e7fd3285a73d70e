using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;

namespace Satisfaction.Application.Rdd;

/// <summary>
/// <c>satisfaction rdd export</c>: the released numbers with replicate and status. The one export where
/// telephone numbers are the point (they are random numbers for the calling team, not victims' details).
/// </summary>
/// <remarks>One force's replicates (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class RddExportService(SatisfactionDbContext db, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    /// <summary>The CSV header written by the command.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["month", "replicate", "number", "bank", "status", "final_disposition"];

    /// <summary>Rows for one month (or every month when null), ordered by month, replicate, number.</summary>
    public async Task<IReadOnlyList<RddExportRow>> RowsAsync(DateOnly? month, CancellationToken cancellationToken = default)
    {
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var query =
            from n in db.RddNumbers.AsNoTracking()
            join r in db.RddReplicates.AsNoTracking() on n.RddReplicateId equals r.Id
            where r.ForceId == forceId
            join b in db.NumberBanks.AsNoTracking() on n.NumberBankId equals b.Id
            select new { r.Month, Replicate = r.Number, n.PhoneE164, b.AreaCode, b.Prefix, n.Status, n.FinalDisposition };
        if (month is { } m)
        {
            var first = new DateOnly(m.Year, m.Month, 1);
            query = query.Where(x => x.Month == first);
        }

        var rows = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .OrderBy(x => x.Month).ThenBy(x => x.Replicate).ThenBy(x => x.PhoneE164, StringComparer.Ordinal)
            .Select(x => new RddExportRow(
                x.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                x.Replicate,
                x.PhoneE164,
                $"{x.AreaCode} {x.Prefix}xx",
                EnumCodes.SnakeCase(x.Status.ToString()),
                x.FinalDisposition ?? string.Empty))
            .ToList();
    }
}
