using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Satisfaction.Core.Benchmarking;

/// <summary>
/// Most Similar Group benchmarking from published peer figures: per measure and period, the MSG average (mean
/// of forces and pooled by respondents, with and without the force), the force's rank in its MSG and
/// nationally, the best force, the MSG range, and a two-sided test of the force against the MSG average.
/// </summary>
/// <remarks>
/// Standard errors (percentage points): from a published interval, (high - low) / (2 z), z the normal quantile
/// of <see cref="BenchmarkOptions.IntervalLevel"/> (1.959964 at 95%); without an interval, from the base,
/// 100 sqrt(p(1 - p) / n). The MSG average excludes the force, so the two are independent samples: the mean of
/// k forces has SE sqrt(Σ SE_i²) / k; the pooled average, with weights w_i = n_i / Σ n, has SE sqrt(Σ w_i² SE_i²).
/// z = (force - average) / sqrt(SE_force² + SE_average²), p = 2 Φ(-|z|). Ranks use the point estimates only.
/// </remarks>
public static class MsgBenchmark
{
    /// <summary>Benchmarks <paramref name="force"/> on every measure and period in the data.</summary>
    /// <param name="peers">Every force's figures (the peer file).</param>
    /// <param name="force">The force to benchmark, as named in the data (case-insensitive).</param>
    /// <param name="own">The force's own figures (e.g. from the store); they replace its rows in <paramref name="peers"/>.</param>
    /// <param name="options">Method and levels; defaults when null.</param>
    /// <returns>One result per measure and period, in order of first appearance, then period.</returns>
    /// <exception cref="InvalidInputException">
    /// A figure is unusable, a force appears twice for one measure and period, or the force has no figure for a
    /// measure and period in the data (the message names it and suggests close names).
    /// </exception>
    public static IReadOnlyList<MsgBenchmarkResult> Compute(
        IEnumerable<PeerFigure> peers,
        string force,
        IEnumerable<PeerFigure>? own = null,
        BenchmarkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(peers);
        ArgumentException.ThrowIfNullOrWhiteSpace(force);
        options ??= new BenchmarkOptions();
        if (options.Level is <= 0 or >= 1 || options.IntervalLevel is <= 0 or >= 1)
        {
            throw new InvalidInputException(Invariant($"levels must be strictly between 0 and 1 (level {options.Level}, interval level {options.IntervalLevel})"));
        }

        var name = force.Trim();
        var ownList = own?.ToList() ?? [];
        if (ownList.FirstOrDefault(f => !SameForce(f.Force, name)) is { } stranger)
        {
            throw new InvalidInputException($"the force's own figures must be for '{name}', not '{stranger.Force}'");
        }

        var figures = peers.Where(p => ownList.Count == 0 || !SameForce(p.Force, name)).Concat(ownList).ToList();
        foreach (var figure in figures)
        {
            if (figure.Problem() is { } problem)
            {
                throw new InvalidInputException($"{figure.Force}, {figure.Measure}, {figure.PeriodEnd:yyyy-MM-dd}: {problem}");
            }
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - options.IntervalLevel) / 2));
        var measureOrder = figures.Select(f => f.Measure.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return
        [
            .. figures
                .GroupBy(f => (Measure: f.Measure.Trim(), f.PeriodEnd))
                .OrderBy(g => measureOrder.IndexOf(g.Key.Measure))
                .ThenBy(g => g.Key.PeriodEnd)
                .Select(g => One(g.Key.Measure, g.Key.PeriodEnd, [.. g], name, z, options)),
        ];
    }

    private static MsgBenchmarkResult One(string measure, DateOnly periodEnd, List<PeerFigure> group, string name, double z, BenchmarkOptions options)
    {
        var where = $"measure '{measure}', period ending {periodEnd:yyyy-MM-dd}";
        if (group.GroupBy(f => f.Force.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidInputException($"force '{twice.Key}' appears {twice.Count()} times for {where}");
        }

        var self = group.FirstOrDefault(f => SameForce(f.Force, name))
            ?? throw new InvalidInputException($"force '{name}' has no figure for {where}{Suggest(name, group)}");

        var others = group.Where(f => f.InMsg && !ReferenceEquals(f, self)).ToList();
        var msg = others.Append(self).ToList();
        var forceSe = StandardError(self, z);
        var mean = MeanOfForces(others, z);
        var pooled = Pooled(others, z);
        var (average, averageSe) = options.Method == Benchmarking.MsgAverageMethod.MeanOfForces ? mean : pooled;
        var best = group.Max(f => f.SatisfiedPct);

        double? difference = average is { } a ? self.SatisfiedPct - a : null;
        double? statistic = null, p = null;
        bool? significant = null;
        if (difference is { } d && averageSe is { } se)
        {
            var combined = Math.Sqrt((forceSe * forceSe) + (se * se));
            if (combined > 0)
            {
                statistic = d / combined;
                p = 2 * Normal.CDF(0, 1, -Math.Abs(statistic.Value));
                significant = p < 1 - options.Level;
            }
        }

        var method = others.Count == 0
            ? $"no MSG average: no other force of the MSG has a figure for {where}"
            : options.Method == Benchmarking.MsgAverageMethod.MeanOfForces
                ? Invariant($"mean of the {others.Count} other MSG forces (each force counts once), excluding {self.Force}")
                : Invariant($"pooled by respondents over the {others.Count} other MSG forces (sum of satisfied / sum of respondents), excluding {self.Force}");

        return new MsgBenchmarkResult(
            self.Force,
            measure,
            periodEnd,
            self.SatisfiedPct,
            forceSe,
            average,
            method,
            averageSe,
            MsgMeanWithForce: MeanOfForces(msg, z).Value,
            MsgMeanWithoutForce: mean.Value,
            MsgPooledWithForce: Pooled(msg, z).Value,
            MsgPooledWithoutForce: pooled.Value,
            RankMsg: Rank(self, msg),
            MsgSize: msg.Count,
            RankNational: Rank(self, group),
            NationalSize: group.Count,
            BestForce: string.Join(", ", group.Where(f => f.SatisfiedPct == best).Select(f => f.Force).Order(StringComparer.OrdinalIgnoreCase)),
            BestPct: best,
            MsgMin: msg.Min(f => f.SatisfiedPct),
            MsgMax: msg.Max(f => f.SatisfiedPct),
            Difference: difference,
            Z: statistic,
            PValue: p,
            Significant: significant,
            SeMethod: Invariant($"SE from each published interval as (high - low) / (2 x {z:0.######}), else from the base as 100 sqrt(p(1-p)/n); ")
                + (options.Method == Benchmarking.MsgAverageMethod.MeanOfForces
                    ? "MSG average SE sqrt(sum SE_i^2) / k"
                    : "MSG average SE sqrt(sum (n_i / sum n)^2 SE_i^2)")
                + "; two-sided normal test of the difference, the force excluded from the average (independent samples)");
    }

    /// <summary>Standard competition ranking ("1224"): 1 + the number of forces with a strictly higher %.</summary>
    private static int Rank(PeerFigure self, List<PeerFigure> among) => 1 + among.Count(f => f.SatisfiedPct > self.SatisfiedPct);

    private static double StandardError(PeerFigure figure, double z)
    {
        if (figure.CiLow is { } low && figure.CiHigh is { } high)
        {
            return (high - low) / (2 * z);
        }

        var p = figure.SatisfiedPct / 100;
        return 100 * Math.Sqrt(p * (1 - p) / figure.Respondents);
    }

    private static (double? Value, double? Se) MeanOfForces(List<PeerFigure> members, double z)
    {
        if (members.Count == 0)
        {
            return (null, null);
        }

        var k = members.Count;
        return (members.Average(f => f.SatisfiedPct), Math.Sqrt(members.Sum(f => Math.Pow(StandardError(f, z), 2))) / k);
    }

    private static (double? Value, double? Se) Pooled(List<PeerFigure> members, double z)
    {
        if (members.Count == 0)
        {
            return (null, null);
        }

        double total = members.Sum(f => (long)f.Respondents);
        var value = members.Sum(f => f.SatisfiedPct * f.Respondents) / total;
        var se = Math.Sqrt(members.Sum(f => Math.Pow(f.Respondents / total * StandardError(f, z), 2)));
        return (value, se);
    }

    private static bool SameForce(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Suggest(string name, List<PeerFigure> group)
    {
        var close = group
            .Select(f => f.Force.Trim())
            .Where(f => f.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(f, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (close.Count > 0)
        {
            return $"; did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?";
        }

        var names = group.Select(f => f.Force.Trim()).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return Invariant($" ({names.Count} forces there: {string.Join(", ", names.Take(12))}{(names.Count > 12 ? ", ..." : string.Empty)})");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
