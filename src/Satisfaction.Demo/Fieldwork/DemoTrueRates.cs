using System.Globalization;
using System.Text;
using Satisfaction.Core.Randomness;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Fieldwork;

/// <summary>
/// The known truth of the demo: the share satisfied with each of the five measures for each user group and division
/// (USS groups and ASB), and the public's confidence (RDD). Simulated victims and households answer from these rates
/// alone, independently of whether and how they respond, so the weighted estimates should cover them. The rates depend
/// only on the seed: whole experience is a group's level plus a division's shift plus a small seeded jitter; the other
/// measures sit at fixed distances from it.
/// </summary>
public sealed class DemoTrueRates
{
    /// <summary>The victim measures, in report order.</summary>
    public static readonly IReadOnlyList<string> VictimMeasures = ["ease_of_contact", "police_actions", "follow_up", "treatment", "whole_experience"];

    private static readonly Dictionary<string, double> GroupLevel = new(StringComparer.Ordinal)
    {
        ["burglary"] = 0.84, ["vehicle"] = 0.77, ["violent"] = 0.72, ["hate"] = 0.68, ["asb"] = 0.70,
    };

    private static readonly Dictionary<string, double> DivisionShift = new(StringComparer.Ordinal) { ["EAST"] = 0.04, ["SOUTH"] = -0.06, ["WEST"] = 0.0 };

    private static readonly Dictionary<string, double> MeasureShift = new(StringComparer.Ordinal)
    {
        ["ease_of_contact"] = 0.09, ["police_actions"] = -0.04, ["follow_up"] = -0.12, ["treatment"] = 0.08, ["whole_experience"] = 0.0,
    };

    private static readonly Dictionary<string, double> RddRates = new(StringComparer.Ordinal)
    {
        ["confidence"] = 0.71, ["local_job"] = 0.62, ["contact_satisfaction"] = 0.67,
    };

    private readonly Dictionary<(string Group, string Division), double> _whole = [];

    private DemoTrueRates(long seed)
    {
        var rng = new SeededRandom(DemoCrimeGenerator.Mix(seed, 0x7275_6531));
        foreach (var group in GroupLevel.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var division in DivisionShift.Keys.Order(StringComparer.Ordinal))
            {
                var jitter = (rng.NextDouble() - 0.5) * 0.04;
                _whole[(group, division)] = Math.Round(GroupLevel[group] + DivisionShift[division] + jitter, 3);
            }
        }
    }

    /// <summary>The rates of <paramref name="seed"/>.</summary>
    public static DemoTrueRates Create(long seed) => new(seed);

    /// <summary>The programme a user group is surveyed in.</summary>
    public static string ProgrammeOf(string userGroup) => userGroup == "asb" ? "asb" : "uss";

    /// <summary>
    /// The true rate of a victim measure in a cell, or of an RDD measure (group and division ignored); null for a
    /// measure the demo sets no truth for (its answers are then made up).
    /// </summary>
    public double? Rate(string measure, string userGroup, string division)
    {
        if (userGroup.Length == 0)
        {
            return RddRates.TryGetValue(measure, out var r) ? r : null;
        }

        if (!MeasureShift.TryGetValue(measure, out var shift) || !_whole.TryGetValue((userGroup, division), out var whole))
        {
            return null;
        }

        return Math.Round(Math.Clamp(whole + shift, 0.05, 0.97), 3);
    }

    /// <summary>Every set rate: victim cells (programme, measure, group, division), then the RDD measures.</summary>
    public IReadOnlyList<DemoTrueRate> SetRates()
    {
        var rows = new List<DemoTrueRate>();
        foreach (var ((group, division), _) in _whole.OrderBy(kv => ProgrammeOf(kv.Key.Group), StringComparer.Ordinal).ThenBy(kv => kv.Key.Group, StringComparer.Ordinal).ThenBy(kv => kv.Key.Division, StringComparer.Ordinal))
        {
            foreach (var measure in VictimMeasures)
            {
                rows.Add(new DemoTrueRate(ProgrammeOf(group), measure, group, division, Rate(measure, group, division)!.Value, "set"));
            }
        }

        rows.AddRange(RddRates.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new DemoTrueRate("rdd_confidence", kv.Key, string.Empty, string.Empty, kv.Value, "set")));
        return rows;
    }

    /// <summary>
    /// The domain rates the weighted estimates aim at: for each victim programme and measure, the cells' rates averaged
    /// over <paramref name="eligible"/> (eligible records per stratum <c>group/DIVISION</c>) for the force, each division
    /// and each user group.
    /// </summary>
    public IReadOnlyList<DemoTrueRate> MixRates(IReadOnlyDictionary<string, int> eligible)
    {
        ArgumentNullException.ThrowIfNull(eligible);
        var cells = eligible.Select(kv => (Parts: kv.Key.Split('/'), Count: kv.Value))
            .Where(c => c.Parts.Length == 2 && c.Count > 0 && _whole.ContainsKey((c.Parts[0], c.Parts[1])))
            .Select(c => (Group: c.Parts[0], Division: c.Parts[1], c.Count)).ToList();
        var rows = new List<DemoTrueRate>();
        foreach (var programme in cells.Select(c => ProgrammeOf(c.Group)).Distinct().Order(StringComparer.Ordinal))
        {
            var own = cells.Where(c => ProgrammeOf(c.Group) == programme).ToList();
            foreach (var measure in VictimMeasures)
            {
                rows.Add(new DemoTrueRate(programme, measure, string.Empty, string.Empty, Mix(own, measure), "in_year_mix"));
                foreach (var division in own.Select(c => c.Division).Distinct().Order(StringComparer.Ordinal))
                {
                    rows.Add(new DemoTrueRate(programme, measure, string.Empty, division, Mix([.. own.Where(c => c.Division == division)], measure), "in_year_mix"));
                }

                foreach (var group in own.Select(c => c.Group).Distinct().Order(StringComparer.Ordinal))
                {
                    rows.Add(new DemoTrueRate(programme, measure, group, string.Empty, Mix([.. own.Where(c => c.Group == group)], measure), "in_year_mix"));
                }
            }
        }

        return rows;
    }

    /// <summary>Writes <paramref name="rows"/> as CSV: <c>programme,measure,user_group,division,true_rate,basis</c>.</summary>
    public static void WriteCsv(string path, IEnumerable<DemoTrueRate> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("programme,measure,user_group,division,true_rate,basis\n");
        foreach (var r in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Programme},{r.Measure},{r.UserGroup},{r.Division},{r.Rate:0.0000},{r.Basis}\n");
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a file written by <see cref="WriteCsv"/>.</summary>
    public static IReadOnlyList<DemoTrueRate> ReadCsv(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => new DemoTrueRate(f[0], f[1], f[2], f[3], double.Parse(f[4], CultureInfo.InvariantCulture), f[5]))];

    private double Mix(IReadOnlyList<(string Group, string Division, int Count)> cells, string measure)
    {
        var total = cells.Sum(c => (double)c.Count);
        return total == 0 ? double.NaN : cells.Sum(c => c.Count * Rate(measure, c.Group, c.Division)!.Value) / total;
    }
}
