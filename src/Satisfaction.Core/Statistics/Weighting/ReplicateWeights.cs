using System.Globalization;
using Satisfaction.Core.Randomness;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// Builds jackknife (JK1, JKn) and Rao-Wu rescaling bootstrap replicate weights, as R
/// <c>as.svrepdesign(type = "JK1" | "JKn" | "subbootstrap")</c>, re-running a whole weighting recipe on each
/// replicate's base weights.
/// </summary>
public static class ReplicateWeights
{
    /// <summary>Creates replicate weights.</summary>
    /// <param name="baseWeights">Base (design) weight of every row, positive.</param>
    /// <param name="psu">PSU code of every row (any integers; for an unclustered design, the row number).</param>
    /// <param name="strata">Stratum code of every row, or empty for an unstratified design (JK1 ignores strata).</param>
    /// <param name="options">Method, bootstrap replicate count and seed.</param>
    /// <param name="recipe">Weighting recipe re-run for the full sample and each replicate; null for base weights only.</param>
    /// <exception cref="InvalidInputException">A stratum with a single PSU (no jackknife or bootstrap variance), or any recipe error.</exception>
    public static ReplicateWeightSet Create(
        ReadOnlySpan<double> baseWeights,
        ReadOnlySpan<int> psu,
        ReadOnlySpan<int> strata,
        ReplicateOptions options,
        WeightingRecipe? recipe = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var n = baseWeights.Length;
        if (psu.Length != n || (strata.Length != 0 && strata.Length != n))
        {
            throw new ArgumentException("PSU and stratum codes need one entry per row.", nameof(psu));
        }

        WeightValidation.BaseWeights(baseWeights, allowZero: false);
        var stratified = options.Method != ReplicateMethod.Jackknife1 && strata.Length == n;
        var psuIds = new Dictionary<(int Stratum, int Psu), int>();
        var rowPsu = new int[n];
        var psuStratum = new List<int>();
        var stratumIds = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var s = stratified ? strata[i] : 0;
            if (!stratumIds.TryGetValue(s, out var sid))
            {
                sid = stratumIds.Count;
                stratumIds.Add(s, sid);
            }

            if (!psuIds.TryGetValue((s, psu[i]), out var id))
            {
                id = psuIds.Count;
                psuIds.Add((s, psu[i]), id);
                psuStratum.Add(sid);
            }

            rowPsu[i] = id;
        }

        var psuCount = psuIds.Count;
        var stratumPsus = new List<int>[stratumIds.Count];
        for (var h = 0; h < stratumPsus.Length; h++)
        {
            stratumPsus[h] = [];
        }

        for (var p = 0; p < psuCount; p++)
        {
            stratumPsus[psuStratum[p]].Add(p);
        }

        foreach (var (code, h) in stratumIds)
        {
            if (stratumPsus[h].Count < 2)
            {
                throw new InvalidInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Stratum {code} has only one PSU: replicate weights need at least two PSUs per stratum."));
            }
        }

        var finite = FiniteFactors(options, stratified ? strata : default, stratumIds, stratumPsus);
        var multipliers = new List<double[]>();
        var rscales = new List<double>();
        double scale;
        switch (options.Method)
        {
            case ReplicateMethod.Jackknife1:
                for (var drop = 0; drop < psuCount; drop++)
                {
                    var m = new double[psuCount];
                    Array.Fill(m, psuCount / (psuCount - 1.0));
                    m[drop] = 0;
                    multipliers.Add(m);
                    rscales.Add(1.0);
                }

                scale = finite[0] * (psuCount - 1.0) / psuCount;
                break;
            case ReplicateMethod.JackknifeStratified:
                for (var h = 0; h < stratumPsus.Length; h++)
                {
                    var members = stratumPsus[h];
                    var nh = members.Count;
                    foreach (var drop in members)
                    {
                        var m = new double[psuCount];
                        Array.Fill(m, 1.0);
                        foreach (var p in members)
                        {
                            m[p] = p == drop ? 0 : nh / (nh - 1.0);
                        }

                        multipliers.Add(m);
                        rscales.Add(finite[h] * (nh - 1.0) / nh);
                    }
                }

                scale = 1.0;
                break;
            default:
                ArgumentOutOfRangeException.ThrowIfLessThan(options.BootstrapReplicates, 2);
                var random = new SeededRandom(options.Seed);
                for (var r = 0; r < options.BootstrapReplicates; r++)
                {
                    multipliers.Add(new double[psuCount]);
                    rscales.Add(1.0);
                }

                foreach (var members in stratumPsus)
                {
                    var nh = members.Count;
                    for (var r = 0; r < options.BootstrapReplicates; r++)
                    {
                        var m = multipliers[r];
                        for (var draw = 0; draw < nh - 1; draw++)
                        {
                            m[members[random.NextInt32(nh)]] += nh / (nh - 1.0);
                        }
                    }
                }

                scale = 1.0 / (options.BootstrapReplicates - 1);
                break;
        }

        // As R's rake() on a replicate design: the replicates are raked together with the full sample, for as many
        // passes as the full sample needed (its convergence decides), not each to its own convergence.
        var passes = 0;
        var full = recipe is null ? baseWeights.ToArray() : recipe.Run(baseWeights, allowZeroWeights: false, null, out passes).Weights;
        int? replicatePasses = recipe?.RakeTo is null || options.RakeEachReplicateToConvergence ? null : passes;
        var count = multipliers.Count;
        var all = new double[(long)count * n > int.MaxValue ? throw new InvalidInputException("Too many replicate weights for one array.") : count * n];
        var repBase = new double[n];
        for (var r = 0; r < count; r++)
        {
            var m = multipliers[r];
            for (var i = 0; i < n; i++)
            {
                repBase[i] = baseWeights[i] * m[rowPsu[i]];
            }

            double[] final;
            try
            {
                final = recipe is null ? repBase : recipe.Run(repBase, allowZeroWeights: true, replicatePasses, out _).Weights;
            }
            catch (InvalidInputException ex)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Replicate {r + 1}: {ex.Message}"), ex);
            }

            Array.Copy(final, 0, all, r * n, n);
        }

        return new ReplicateWeightSet(options.Method, full, all, count, scale, rscales.ToArray());
    }

    /// <summary>f = 1 - n / N per stratum (1 without an fpc); the stratum's population from its first row.</summary>
    private static double[] FiniteFactors(ReplicateOptions options, ReadOnlySpan<int> strata, Dictionary<int, int> stratumIds, List<int>[] stratumPsus)
    {
        var finite = new double[stratumPsus.Length];
        Array.Fill(finite, 1.0);
        if (options.Fpc is not { } fpc || options.Method == ReplicateMethod.Bootstrap)
        {
            return finite;
        }

        var fractions = fpc.All(v => v <= 1);
        var seen = new double[finite.Length];
        Array.Fill(seen, double.NaN);
        for (var i = 0; i < fpc.Count; i++)
        {
            var v = fpc[i];
            var h = strata.IsEmpty ? 0 : stratumIds[strata[i]];
            if (!(v > 0) || !double.IsFinite(v))
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Row {i + 1}: fpc must be a positive number (population size or sampling fraction), got {v.ToString("R", CultureInfo.InvariantCulture)}."));
            }

            if (double.IsNaN(seen[h]))
            {
                seen[h] = v;
                var n = stratumPsus[h].Count;
                var population = fractions ? n / v : v;
                if (population < n * (1 - 1e-12))
                {
                    throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Row {i + 1}: fpc {v.ToString("R", CultureInfo.InvariantCulture)} implies a population of {population.ToString("R", CultureInfo.InvariantCulture)} PSUs, fewer than the {n} sampled."));
                }

                finite[h] = (population - n) / population;
            }
            else if (v != seen[h])
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"Row {i + 1}: fpc {v.ToString("R", CultureInfo.InvariantCulture)} differs from {seen[h].ToString("R", CultureInfo.InvariantCulture)} given earlier in the same {(strata.IsEmpty ? "sample (jk1 takes one population size)" : "stratum")}."));
            }
        }

        return finite;
    }
}
