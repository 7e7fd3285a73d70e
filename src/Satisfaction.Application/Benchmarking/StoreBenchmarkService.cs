using System.Globalization;
using Satisfaction.Application.Scores;
using Satisfaction.Core;
using Satisfaction.Core.Benchmarking;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Benchmarking;

/// <summary>
/// <c>satisfaction benchmark --from-store</c>: the force's own row of each measure comes from the store (the scores
/// engine's in-year figure for the force at the as-of date: its unweighted base, weighted % and interval), the other
/// forces' rows from the peer file. Only the peer file's figures for the 12 months ending on the as-of date are
/// compared, so that every force covers the same period.
/// </summary>
public sealed class StoreBenchmarkService(ScoresService scores)
{
    /// <summary>One result per measure that both the store and the peer file have.</summary>
    /// <param name="request">The peer file, the force as named in it, an optional measure and the method.</param>
    /// <param name="asOf">Last day of the in-year period (UK date); the peer file must have figures ending on it.</param>
    /// <param name="programme">The programme whose measures are the force's row (<c>uss</c>, <c>asb</c> or <c>rdd_confidence</c>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="InvalidInputException">
    /// An unreadable peer file; no peer figures for the period ending on the as-of date; no in-year respondents in the
    /// store; no measure in common; a requested measure that either side lacks.
    /// </exception>
    public async Task<StoreBenchmarkResult> RunAsync(BenchmarkRequest request, DateOnly asOf, string programme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(programme);
        var name = Path.GetFileName(request.PeersPath);
        var peers = PeerFileReader.Read(request.PeersPath, name);
        var periods = peers.Select(p => p.PeriodEnd).Distinct().Order().ToList();
        if (!periods.Contains(asOf))
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: no figures for the 12 months ending {asOf:yyyy-MM-dd}, the store's in-year period; the file has periods ending {string.Join(", ", periods.Select(p => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}: give --as-of one of them."));
        }

        var own = await OwnFiguresAsync(request.Force.Trim(), asOf, programme, cancellationToken).ConfigureAwait(false);
        var inPeriod = peers.Where(p => p.PeriodEnd == asOf).ToList();
        var peerMeasures = inPeriod.Select(p => p.Measure.Trim()).ToHashSet(StringComparer.Ordinal);
        var ownMeasures = own.Select(o => o.Measure).ToHashSet(StringComparer.Ordinal);
        if (request.Measure is { } measure)
        {
            measure = measure.Trim();
            if (!peerMeasures.Contains(measure))
            {
                throw new InvalidInputException($"{name}: no figures for measure '{measure}' in the period ending {asOf:yyyy-MM-dd}; the file has {string.Join(", ", peerMeasures.Order(StringComparer.Ordinal))}.");
            }

            if (!ownMeasures.Contains(measure))
            {
                throw new InvalidInputException($"the store has no in-year figure of '{measure}' for programme {programme}; it has {string.Join(", ", ownMeasures.Order(StringComparer.Ordinal))}.");
            }

            peerMeasures = [measure];
        }

        var common = peerMeasures.Intersect(ownMeasures, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (common.Count == 0)
        {
            throw new InvalidInputException(
                $"no measure in common: {name} has {string.Join(", ", peerMeasures.Order(StringComparer.Ordinal))}; the store's {programme} programme has {string.Join(", ", ownMeasures.Order(StringComparer.Ordinal))}.");
        }

        var compared = own.Where(o => common.Contains(o.Measure)).ToList();
        var results = MsgBenchmark.Compute(inPeriod.Where(p => common.Contains(p.Measure.Trim())), request.Force, compared, request.Options);
        return new StoreBenchmarkResult(results, compared, programme);
    }

    /// <summary>The force's in-year figures of <paramref name="programme"/> at <paramref name="asOf"/> as peer rows (percentages, the engine's interval).</summary>
    /// <exception cref="InvalidInputException">The programme has no in-year respondents.</exception>
    public async Task<IReadOnlyList<PeerFigure>> OwnFiguresAsync(string force, DateOnly asOf, string programme, CancellationToken cancellationToken = default)
    {
        var result = await scores.RunAsync(new ScoreRequest(asOf, programme, ScoreBreakdown.UserGroup), cancellationToken).ConfigureAwait(false);
        var own = OwnFigures(result, force, programme);
        return own.Count > 0
            ? own
            : throw new InvalidInputException($"the store has no in-year respondents of programme {programme} in the 12 months ending {asOf:yyyy-MM-dd}.");
    }

    /// <summary>
    /// The force-level in-year figures of <paramref name="programme"/> in <paramref name="result"/> as peer rows named
    /// <paramref name="force"/>: base n, weighted % and the engine's (first) interval in percent; empty when none.
    /// </summary>
    public static IReadOnlyList<PeerFigure> OwnFigures(ScoreResult result, string force, string programme)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Estimates
            .Where(e => e.Programme == programme && e.Period == ScorePeriods.InYear && e.Estimate.By is null && e.Estimate.N > 0)
            .Select(e => ToFigure(force, result.Periods.AsOf, e))];
    }

    private static PeerFigure ToFigure(string force, DateOnly asOf, ScoreEstimate e)
    {
        var ci = e.Estimate.Ci.Count > 0 && double.IsFinite(e.Estimate.Ci[0].Value.Lower) && double.IsFinite(e.Estimate.Ci[0].Value.Upper)
            ? e.Estimate.Ci[0].Value
            : (CiBounds?)null;
        var pct = 100 * e.Estimate.Proportion;
        return new PeerFigure(
            force,
            true,
            e.Estimate.Measure,
            asOf,
            e.Estimate.N,
            pct,
            ci is { } c ? Math.Min(100 * c.Lower, pct) : null,
            ci is { } d ? Math.Max(100 * d.Upper, pct) : null);
    }
}
