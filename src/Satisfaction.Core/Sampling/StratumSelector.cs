namespace Satisfaction.Core.Sampling;

/// <summary>Chooses units within one stratum; every method gives each unit inclusion probability n/N.</summary>
public static class StratumSelector
{
    /// <summary>
    /// Indices (ascending) of the chosen units among <paramref name="populationSize"/> units already in the order
    /// the method needs (crime ref; for systematic, report date then crime ref).
    /// </summary>
    /// <param name="method">Selection method.</param>
    /// <param name="populationSize">N ≥ 0.</param>
    /// <param name="sampleSize">n, 0 ≤ n ≤ N (expected size for Poisson).</param>
    /// <param name="random">The stratum's generator.</param>
    public static int[] Select(SelectionMethod method, int populationSize, int sampleSize, Randomness.SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(populationSize);
        ArgumentOutOfRangeException.ThrowIfNegative(sampleSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sampleSize, populationSize);
        if (sampleSize == 0)
        {
            return [];
        }

        if (sampleSize == populationSize)
        {
            return [.. Enumerable.Range(0, populationSize)];
        }

        return method switch
        {
            SelectionMethod.SimpleRandom => SimpleRandom(populationSize, sampleSize, random),
            SelectionMethod.Systematic => Systematic(populationSize, sampleSize, random),
            SelectionMethod.Poisson => Poisson(populationSize, sampleSize, random),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown selection method."),
        };
    }

    private static int[] SimpleRandom(int n, int k, Randomness.SeededRandom random)
    {
        // Partial Fisher-Yates: the first k slots are a uniform k-subset.
        var index = new int[n];
        for (var i = 0; i < n; i++)
        {
            index[i] = i;
        }

        for (var i = 0; i < k; i++)
        {
            var j = i + random.NextInt32(n - i);
            (index[i], index[j]) = (index[j], index[i]);
        }

        var chosen = index.AsSpan(0, k).ToArray();
        Array.Sort(chosen);
        return chosen;
    }

    private static int[] Systematic(int n, int k, Randomness.SeededRandom random)
    {
        // Fractional interval N/k in exact integer arithmetic: start r uniform in [0, N), unit floor((r + iN)/k).
        var r = random.NextInt64(n);
        var chosen = new int[k];
        for (var i = 0; i < k; i++)
        {
            chosen[i] = (int)((r + ((long)i * n)) / k);
        }

        return chosen;
    }

    private static int[] Poisson(int n, int k, Randomness.SeededRandom random)
    {
        var p = (double)k / n;
        var chosen = new List<int>(k + 16);
        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() < p)
            {
                chosen.Add(i);
            }
        }

        return [.. chosen];
    }
}
