using System.Globalization;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Satisfaction.Data;
using Satisfaction.Data.Analysis;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Scores;

/// <summary>
/// Weights of the victim surveys (USS, ASB): the design weight of each draw (1 / inclusion probability) times a
/// nonresponse adjustment within weighting classes draw x stratum. A class's factor is (design weights of its
/// eligible sampled cases) / (design weights of its respondents); cases with a final AAPOR disposition 4.x (not
/// eligible) leave the class. A class without a respondent joins the next draw's class of the same stratum
/// (the last such class joins the previous one), so each stratum's population is carried by its respondents.
/// Because the adjusted weights add up to each stratum's eligible population, the four USS groups combine in
/// proportion to their eligible populations.
/// </summary>
public sealed class VictimWeighting
{
    private readonly Dictionary<(long Draw, string Stratum), double> _factors;
    private readonly Dictionary<(long Draw, string Stratum), double> _fpc;

    private VictimWeighting(Dictionary<(long, string), double> factors, Dictionary<(long, string), double> fpc, int classes, int merged, IReadOnlyList<string> warnings)
    {
        _factors = factors;
        _fpc = fpc;
        ClassCount = classes;
        MergedClasses = merged;
        Warnings = warnings;
    }

    /// <summary>Short description for the <c>method</c> key.</summary>
    public const string Description =
        "design weight x nonresponse adjustment within draw x stratum classes (an empty class joins the next draw of its stratum); "
        + "user groups combined by their eligible populations";

    /// <summary>Draw x stratum classes with at least one eligible case.</summary>
    public int ClassCount { get; }

    /// <summary>Classes without a respondent that were merged into a neighbouring draw.</summary>
    public int MergedClasses { get; }

    /// <summary>Warnings: strata whose population no respondent carries.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The eligible cases of each draw x stratum of force <paramref name="forceId"/>'s draws made up to <paramref name="asOf"/>.</summary>
    public static async Task<IReadOnlyList<WeightingClassTotal>> LoadTotalsAsync(SatisfactionDbContext db, int forceId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var draws = await db.SampleDraws.AsNoTracking().Where(d => d.ForceId == forceId && d.AsOf <= asOf).Select(d => new { d.Id, d.AsOf })
            .ToDictionaryAsync(d => d.Id, d => d.AsOf, cancellationToken).ConfigureAwait(false);
        var rows = new List<(long Id, DateOnly AsOf, string Stratum, double Weights, int Cases)>();
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var command = AnalysisQueries.For(db.Database).ClassTotals(connection, forceId))
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var draw = reader.GetInt64(0);
                if (draws.TryGetValue(draw, out var drawAsOf))
                {
                    rows.Add((draw, drawAsOf, reader.GetString(1), reader.GetDouble(2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
                }
            }
        }

        var eligible = await db.DrawConsiderations.AsNoTracking()
            .Where(o => o.ForceId == forceId && o.Outcome != ConsiderationOutcome.Excluded && o.Stratum != null)
            .GroupBy(o => new { o.SampleDrawId, o.Stratum })
            .Select(g => new { g.Key.SampleDrawId, g.Key.Stratum, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = eligible.ToDictionary(e => (e.SampleDrawId, e.Stratum!), e => e.Count);
        return [.. rows.Select(r => new WeightingClassTotal(r.Id, r.AsOf, r.Stratum, r.Weights, Math.Max(r.Cases, counts.GetValueOrDefault((r.Id, r.Stratum)))))];
    }

    /// <summary>Builds the factors from the class totals and the respondents' design weights.</summary>
    /// <param name="totals">Eligible cases per draw x stratum.</param>
    /// <param name="respondents">Each counted respondent's draw, stratum and design weight (one per case).</param>
    public static VictimWeighting Build(IReadOnlyList<WeightingClassTotal> totals, IEnumerable<(long Draw, string Stratum, double DesignWeight)> respondents)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(respondents);
        var responded = new Dictionary<(long, string), double>();
        foreach (var (draw, stratum, w) in respondents)
        {
            responded[(draw, stratum)] = responded.GetValueOrDefault((draw, stratum)) + w;
        }

        var factors = new Dictionary<(long, string), double>();
        var fpc = new Dictionary<(long, string), double>();
        var warnings = new List<string>();
        var merged = 0;
        foreach (var stratum in totals.GroupBy(t => t.Stratum, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var groups = new List<(List<WeightingClassTotal> Classes, double Total, double Responded)>();
            var open = new List<WeightingClassTotal>();
            double total = 0, resp = 0;
            foreach (var c in stratum.OrderBy(c => c.DrawAsOf).ThenBy(c => c.DrawId))
            {
                fpc[(c.DrawId, c.Stratum)] = c.EligibleCount;
                open.Add(c);
                total += c.DesignWeightTotal;
                resp += responded.GetValueOrDefault((c.DrawId, c.Stratum));
                if (resp > 0)
                {
                    merged += open.Count - 1;
                    groups.Add((open, total, resp));
                    open = [];
                    total = 0;
                    resp = 0;
                }
            }

            if (open.Count > 0)
            {
                if (groups.Count == 0)
                {
                    warnings.Add($"stratum {stratum.Key}: no respondent yet, so its eligible population is not represented in the figures.");
                    continue;
                }

                merged += open.Count;
                var last = groups[^1];
                last.Classes.AddRange(open);
                groups[^1] = (last.Classes, last.Total + total, last.Responded);
            }

            foreach (var (classes, t, r) in groups)
            {
                foreach (var c in classes)
                {
                    factors[(c.DrawId, c.Stratum)] = t / r;
                }
            }
        }

        return new VictimWeighting(factors, fpc, totals.Count, merged, warnings);
    }

    /// <summary>The final weight of a counted respondent: design weight x its class's factor.</summary>
    /// <exception cref="InvalidOperationException">The respondent's draw x stratum is not among the classes.</exception>
    public double Weight(long draw, string stratum, double designWeight) =>
        _factors.TryGetValue((draw, stratum), out var f)
            ? designWeight * f
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"draw {draw} stratum {stratum} has no weighting class"));

    /// <summary>True when the draw x stratum has a weighting class (a respondent's draw made by the as-of date).</summary>
    public bool HasClass(long draw, string stratum) => _factors.ContainsKey((draw, stratum));

    /// <summary>The eligible population of a draw x stratum (the design's fpc).</summary>
    public double Fpc(long draw, string stratum) => _fpc[(draw, stratum)];
}
