using System.Data.Common;

namespace Satisfaction.Data.Analysis;

/// <summary>
/// The raw SQL the scores and the exports stream from (no entity tracking), one implementation per provider:
/// the statements differ only where the engines' SQL does (string aggregation). Commands are created on an open
/// connection of the store, each for one force (its id, parameter <c>@force</c>): a victim case by its own force, an
/// RDD number by its replicate's; the caller executes and disposes them. Phone numbers, names and crime references are
/// never selected.
/// </summary>
public interface IAnalysisQueries
{
    /// <summary>One row per interview in id order, columns as <see cref="ResponseColumn"/> numbers them.</summary>
    DbCommand Responses(DbConnection connection, int forceId, ResponseSelection selection);

    /// <summary>
    /// One row per sampled victim case, then per RDD number: case key (<c>case:ID</c> or <c>rdd:ID</c>),
    /// programme, user group, division, stratum, draw id, inclusion probability, design weight, status, final
    /// disposition.
    /// </summary>
    DbCommand Cases(DbConnection connection, int forceId);

    /// <summary>
    /// The victim surveys' weighting-class totals, one row per draw x stratum of every draw: draw id, stratum, the
    /// sum of the design weights and the count of the sampled cases not found ineligible (no final disposition 4.x).
    /// Grouped by a full scan (stratum first), not through the draw index, which would read the cases in random order.
    /// </summary>
    DbCommand ClassTotals(DbConnection connection, int forceId);

    /// <summary>One row per contact attempt in id order: case key, programme, channel, instant (UTC ticks), outcome, disposition.</summary>
    DbCommand Attempts(DbConnection connection, int forceId);
}
