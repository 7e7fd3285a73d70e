using Satisfaction.Core.Randomness;

namespace Satisfaction.Core.Sampling;

/// <summary>
/// Runs one draw: plan (which records to consider), eligibility, one record per victim, strata, allocation and
/// selection within strata. Pure and reproducible: records are taken in crime-ref order and each stratum draws
/// from its own generator seeded from the draw seed, the programme id and the stratum key, so the same request
/// gives the same result byte for byte, and a stratum's draw does not depend on the other strata.
/// </summary>
public static class SampleDrawer
{
    /// <summary>Draws a sample.</summary>
    public static DrawResult Draw(DrawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var evaluator = new EligibilityEvaluator(request.Programmes);
        var planned = DrawPlanner.Plan(request.Records, evaluator, request.Context, request.AlreadyConsidered);
        var repeats = AsbRepeatLocations.Find(request.Records);
        var count = planned.Count;
        var reasons = new string?[count];
        var strata = new string?[count];
        var pis = new double?[count];
        var sampled = new bool[count];

        for (var i = 0; i < count; i++)
        {
            reasons[i] = planned[i].Outcome.Reason;
        }

        KeepOnePerVictim(planned, reasons);

        var summaries = new List<StratumSummary>();
        foreach (var programme in request.Programmes)
        {
            var members = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (reasons[i] is null && ReferenceEquals(planned[i].Outcome.Programme, programme))
                {
                    var key = programme.StratumOf(planned[i].Outcome.Group!.Id, planned[i].Record.Division);
                    strata[i] = key;
                    if (!members.TryGetValue(key, out var list))
                    {
                        members[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            var frames = members.Select(kv => new StratumFrame(
                kv.Key,
                kv.Value.GroupBy(i => planned[i].Outcome.Group!.Id, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal))).ToList();
            var allocations = StratumAllocator.Allocate(frames, programme.Allocation);
            foreach (var allocation in allocations)
            {
                var list = members[allocation.Key];
                if (programme.Selection == SelectionMethod.Systematic)
                {
                    list.Sort((a, b) =>
                    {
                        var c = planned[a].Record.ReportDate.CompareTo(planned[b].Record.ReportDate);
                        return c != 0 ? c : string.CompareOrdinal(planned[a].Record.CrimeRef, planned[b].Record.CrimeRef);
                    });
                }

                var random = new SeededRandom(StratumSeed(request.Seed, programme.Id, allocation.Key));
                var chosen = StratumSelector.Select(programme.Selection, list.Count, allocation.SampleSize, random);
                var pi = allocation.InclusionProbability;
                foreach (var i in list)
                {
                    pis[i] = pi;
                }

                foreach (var c in chosen)
                {
                    sampled[list[c]] = true;
                }

                summaries.Add(new StratumSummary(programme.Id, allocation.Key, allocation.Population, allocation.SampleSize, chosen.Length, pi));
            }
        }

        var considerations = new Consideration[count];
        var units = new List<SampledUnit>();
        for (var i = 0; i < count; i++)
        {
            var (record, outcome) = planned[i];
            var repeat = repeats.Contains(record.CrimeRef);
            var result = reasons[i] is not null ? ConsiderationOutcome.Excluded
                : sampled[i] ? ConsiderationOutcome.Sampled : ConsiderationOutcome.NotSampled;
            considerations[i] = new Consideration(
                record.CrimeRef, record.VictimId, outcome.Programme?.Id, outcome.Group?.Id, record.Division,
                strata[i], result, reasons[i], reasons[i] is null ? pis[i] : null, repeat);
            if (sampled[i])
            {
                units.Add(new SampledUnit(
                    record.CrimeRef, record.VictimId, outcome.Programme!.Id, outcome.Group!.Id,
                    outcome.Group.Questionnaire, record.Division, strata[i]!, pis[i]!.Value, repeat));
            }
        }

        return new DrawResult(request.Context.AsOf, request.Seed, considerations, units, summaries);
    }

    /// <summary>The seed of a stratum's generator: the draw seed mixed with an FNV-1a hash of programme and key.</summary>
    public static long StratumSeed(long seed, string programme, string stratum)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(stratum);
        var hash = 14695981039346656037UL;
        foreach (var ch in programme + "\n" + stratum)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return unchecked(seed ^ (long)hash);
    }

    private static void KeepOnePerVictim(IReadOnlyList<(IncidentRecord Record, EligibilityOutcome Outcome)> planned, string?[] reasons)
    {
        // A victim with several eligible records in one draw keeps the earliest report (then lowest crime ref).
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < planned.Count; i++)
        {
            var record = planned[i].Record;
            if (reasons[i] is not null || record.VictimId.Length == 0)
            {
                continue;
            }

            if (!kept.TryGetValue(record.VictimId, out var j))
            {
                kept[record.VictimId] = i;
                continue;
            }

            // planned is in crime-ref order, so j's crime ref is lower; the earlier report date wins.
            if (record.ReportDate < planned[j].Record.ReportDate)
            {
                reasons[j] = ReasonCodes.VictimInDraw;
                kept[record.VictimId] = i;
            }
            else
            {
                reasons[i] = ReasonCodes.VictimInDraw;
            }
        }
    }
}
