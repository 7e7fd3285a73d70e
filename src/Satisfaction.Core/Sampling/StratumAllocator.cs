namespace Satisfaction.Core.Sampling;

/// <summary>
/// Shares a draw's sample among strata. Fractions are rounded by largest remainder (ties: stratum key, ordinal),
/// so sizes add up to the total; no stratum gets more than N_h or <see cref="AllocationOptions.MaxPerStratum"/>.
/// For proportional, equal and Neyman allocation the surplus of capped strata goes to the others; finally the
/// whole draw is scaled down to <see cref="AllocationOptions.MaxPerDraw"/> if it exceeds it.
/// </summary>
public static class StratumAllocator
{
    /// <summary>Allocates; the result has one entry per frame, in the frames' order.</summary>
    public static IReadOnlyList<StratumAllocation> Allocate(IReadOnlyList<StratumFrame> frames, AllocationOptions options)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(options);
        var caps = frames.Select(f => Math.Min(f.Population, options.MaxPerStratum ?? int.MaxValue)).ToArray();
        var sizes = options.Method switch
        {
            AllocationMethod.Census => caps,
            AllocationMethod.Proportional => Capped(frames, caps, options.SampleSize, f => f.Population),
            AllocationMethod.Equal => Capped(frames, caps, options.SampleSize, f => f.Population > 0 ? 1 : 0),
            AllocationMethod.Neyman => Capped(frames, caps, options.SampleSize, f => f.Population * NeymanSd(f, options)),
            AllocationMethod.TargetPrecision => TargetPrecision(frames, caps, options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown allocation method."),
        };
        if (options.MaxPerDraw is { } maxPerDraw && sizes.Sum() > maxPerDraw)
        {
            var total = (double)sizes.Sum();
            sizes = LargestRemainder(frames, sizes.Select(s => s * maxPerDraw / total).ToArray(), maxPerDraw);
        }

        return [.. frames.Select((f, i) => new StratumAllocation(f.Key, f.Population, sizes[i]))];
    }

    /// <summary>
    /// Cases per draw each user group needs for the target precision: the annual planning size
    /// (<see cref="SampleSizePlanner"/>) for the group's expected proportion, scaled up if the groups together fall
    /// short of the programme-wide size, divided by the draws per year and rounded up.
    /// </summary>
    public static IReadOnlyDictionary<string, int> TargetPerDraw(IEnumerable<string> userGroups, AllocationOptions options)
    {
        ArgumentNullException.ThrowIfNull(userGroups);
        ArgumentNullException.ThrowIfNull(options);
        var groups = userGroups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var annual = groups.ToDictionary(g => g, g => (double)Plan(options.ExpectedProportionFor(g), options), StringComparer.Ordinal);
        var force = Plan(options.DefaultExpectedProportion, options);
        var sum = annual.Values.Sum();
        var scale = sum > 0 && sum < force ? force / sum : 1.0;
        return annual.ToDictionary(
            kv => kv.Key,
            kv => (int)Math.Ceiling((kv.Value * scale / options.DrawsPerYear) - 1e-9),
            StringComparer.Ordinal);
    }

    private static int Plan(double p, AllocationOptions o) =>
        SampleSizePlanner.CasesToIssue(p, o.TargetHalfWidth, o.ConfidenceLevel, o.DesignEffect, o.ResponseRate);

    private static double NeymanSd(StratumFrame f, AllocationOptions options)
    {
        var n = f.Population;
        if (n == 0)
        {
            return 0;
        }

        // Mixed strata use the count-weighted expected proportion of their groups.
        var p = f.GroupCounts.Sum(kv => kv.Value * options.ExpectedProportionFor(kv.Key)) / n;
        return Math.Sqrt(p * (1 - p));
    }

    private static int[] TargetPrecision(IReadOnlyList<StratumFrame> frames, int[] caps, AllocationOptions options)
    {
        var groupTotals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in frames)
        {
            foreach (var (g, c) in f.GroupCounts)
            {
                groupTotals[g] = groupTotals.GetValueOrDefault(g) + c;
            }
        }

        var perDraw = TargetPerDraw(groupTotals.Where(kv => kv.Value > 0).Select(kv => kv.Key), options);
        var shares = frames
            .Select(f => f.GroupCounts.Where(kv => kv.Value > 0).Sum(kv => (double)perDraw[kv.Key] * kv.Value / groupTotals[kv.Key]))
            .ToArray();
        var total = (int)Math.Round(shares.Sum());
        var sizes = LargestRemainder(frames, shares, total);
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = Math.Min(sizes[i], caps[i]);
        }

        return sizes;
    }

    private static int[] Capped(IReadOnlyList<StratumFrame> frames, int[] caps, int total, Func<StratumFrame, double> weight)
    {
        var sizes = new int[frames.Count];
        var free = Enumerable.Range(0, frames.Count).Where(i => caps[i] > 0 && weight(frames[i]) > 0).ToList();
        var remaining = Math.Min(total, free.Sum(i => caps[i]));
        while (true)
        {
            var w = free.Sum(i => weight(frames[i]));
            var fixedNow = free.Where(i => remaining * weight(frames[i]) / w >= caps[i]).ToList();
            if (fixedNow.Count == 0)
            {
                break;
            }

            foreach (var i in fixedNow)
            {
                sizes[i] = caps[i];
                remaining -= caps[i];
                free.Remove(i);
            }
        }

        if (free.Count > 0)
        {
            var w = free.Sum(i => weight(frames[i]));
            var shares = new double[frames.Count];
            foreach (var i in free)
            {
                shares[i] = remaining * weight(frames[i]) / w;
            }

            var rounded = LargestRemainder(frames, shares, remaining);
            foreach (var i in free)
            {
                sizes[i] = rounded[i];
            }
        }

        return sizes;
    }

    private static int[] LargestRemainder(IReadOnlyList<StratumFrame> frames, double[] shares, int total)
    {
        var sizes = shares.Select(s => (int)Math.Floor(s + 1e-9)).ToArray();
        var left = total - sizes.Sum();
        var order = Enumerable.Range(0, shares.Length)
            .Where(i => shares[i] > 0)
            .OrderByDescending(i => shares[i] - sizes[i])
            .ThenBy(i => frames[i].Key, StringComparer.Ordinal)
            .ToList();
        for (var k = 0; k < left && order.Count > 0; k++)
        {
            sizes[order[k % order.Count]]++;
        }

        return sizes;
    }
}
