using System.Globalization;
using Satisfaction.Application.Benchmarking;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Scores;
using Satisfaction.Core;
using Satisfaction.Core.Benchmarking;
using Satisfaction.Data;

namespace Satisfaction.Reporting.Report;

/// <summary>
/// The report's MSG comparison: the force's own in-year figures (this report's, from the scores) against the other
/// forces' figures of the peer file for the same 12 months, benchmarked as <c>satisfaction benchmark</c> does
/// (mean of the other MSG forces; standard errors from the intervals, else the bases).
/// </summary>
/// <param name="FileName">The peer file's name (for the methods section).</param>
/// <param name="Force">The force as the file names it.</param>
/// <param name="Programme">The programme whose measures are compared.</param>
/// <param name="Results">One result per measure in common.</param>
/// <param name="Figures">Every figure compared (peers and the force's own), for the charts.</param>
/// <param name="Membership">Where MSG membership came from, in words (the force's stored msg_peers, else the file's in_msg column).</param>
internal sealed record MsgComparisonData(string FileName, string Force, string Programme, IReadOnlyList<MsgBenchmarkResult> Results, IReadOnlyList<PeerFigure> Figures, string Membership)
{
    private static readonly string[] Suffixes = [" Police Service", " Constabulary", " Police"];

    /// <summary>Reads the peer file and benchmarks the force's figures of <paramref name="result"/>.</summary>
    /// <exception cref="InvalidInputException">
    /// An unreadable peer file, no peer figures for the report's 12 months, the force not found in the file, or no
    /// measure in common.
    /// </exception>
    public static async Task<MsgComparisonData> LoadAsync(ReportPeers peers, ScoreResult result, SatisfactionDbContext db, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(peers.PeersPath);
        var asOf = result.Periods.AsOf;
        var all = PeerFileReader.Read(peers.PeersPath, name);
        var inPeriod = all.Where(f => f.PeriodEnd == asOf).ToList();
        if (inPeriod.Count == 0)
        {
            var periods = all.Select(f => f.PeriodEnd).Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: no figures for the 12 months ending {asOf:yyyy-MM-dd}, the report's period; the file has periods ending {string.Join(", ", periods)}: give --as-of one of them."));
        }

        var names = inPeriod.Select(f => f.Force.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var force = peers.Force?.Trim() ?? await GuessForceAsync(db, names, name, cancellationToken).ConfigureAwait(false);
        var programme = result.Programmes.Any(p => p.Programme == "uss") ? "uss" : result.Programmes[0].Programme;
        var own = StoreBenchmarkService.OwnFigures(result, force, programme);
        var common = inPeriod.Select(f => f.Measure.Trim()).Intersect(own.Select(o => o.Measure), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (common.Count == 0)
        {
            throw new InvalidInputException(
                $"{name}: no measure in common with the report's {programme} figures ({string.Join(", ", own.Select(o => o.Measure))}); the file has {string.Join(", ", inPeriod.Select(f => f.Measure.Trim()).Distinct(StringComparer.Ordinal))}.");
        }

        var peerRows = inPeriod.Where(f => common.Contains(f.Measure.Trim())).ToList();
        var ownRows = own.Where(o => common.Contains(o.Measure)).ToList();
        var membership = "MSG membership from its in_msg column";
        if (await StoredMsgPeersAsync(db, cancellationToken).ConfigureAwait(false) is { Count: > 0 } codes)
        {
            var keys = codes.Select(Key).ToHashSet(StringComparer.Ordinal);
            peerRows = [.. peerRows.Select(f => f with { InMsg = keys.Contains(Key(f.Force)) })];
            var missing = codes.Where(c => !names.Any(n => Key(n) == Key(c))).ToList();
            membership = $"MSG membership from the force's settings (msg_peers: {string.Join(", ", codes)}; matched to the file's names ignoring case, spaces and punctuation"
                + (missing.Count == 0 ? ")" : $"; not in the file: {string.Join(", ", missing)})");
        }

        var results = MsgBenchmark.Compute(peerRows, force, ownRows, new BenchmarkOptions());
        var figures = peerRows.Where(f => !string.Equals(f.Force.Trim(), force, StringComparison.OrdinalIgnoreCase)).Concat(ownRows).ToList();
        return new MsgComparisonData(name, force, programme, results, figures, membership);
    }

    /// <summary>The MSG peer codes stored with the store's only force by <c>force init</c>; empty when none or several forces.</summary>
    private static async Task<IReadOnlyList<string>> StoredMsgPeersAsync(SatisfactionDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return (await new ForceShowService(db).GetAsync(null, cancellationToken).ConfigureAwait(false)).MsgPeers;
        }
        catch (InvalidInputException)
        {
            return [];
        }
    }

    /// <summary>A force name or code reduced to upper-case letters and digits (<c>South Yorkshire</c> = <c>SOUTH_YORKSHIRE</c>).</summary>
    private static string Key(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static async Task<string> GuessForceAsync(SatisfactionDbContext db, List<string> names, string file, CancellationToken cancellationToken)
    {
        var store = await ForceLookup.FindAsync(db, null, cancellationToken).ConfigureAwait(false);
        var candidates = new List<string> { store.Code, store.Name };
        candidates.AddRange(Suffixes.Where(s => store.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase)).Select(s => store.Name[..^s.Length]));
        return candidates.Select(c => names.FirstOrDefault(n => string.Equals(n, c.Trim(), StringComparison.OrdinalIgnoreCase))).FirstOrDefault(n => n is not null)
            ?? throw new InvalidInputException($"{file}: the store's force {store.Code} ({store.Name}) is not among its forces under its code or name; say how the file names it with --force NAME.");
    }
}
