using System.Globalization;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Benchmarks;

/// <summary>
/// "sample": eligibility and one weekly draw (default USS and ASB programmes, SRSWOR, target precision) over
/// N records spread over a year; the target is under 5 s for 1,000,000 records.
/// </summary>
public sealed class SamplingBenchmark : IBenchmarkCase
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    /// <inheritdoc />
    public string Name => "sample";

    /// <inheritdoc />
    public int DefaultRows => 1_000_000;

    /// <inheritdoc />
    public IEnumerable<Measurement> Run(int rows)
    {
        var programmes = LoadProgrammes();
        var records = Generate(rows, 20261130);
        var context = EligibilityContext.At(AsOf) with
        {
            LastSampledOn = records.Where((_, i) => i % 50 == 0).Select(r => r.VictimId).Distinct(StringComparer.Ordinal)
                .ToDictionary(v => v, _ => AsOf.AddMonths(-4), StringComparer.Ordinal),
        };
        var considered = records.Where((_, i) => i % 3 == 0).Select(r => r.CrimeRef).ToHashSet(StringComparer.Ordinal);
        var evaluator = new EligibilityEvaluator(programmes);
        yield return Measure.Time("sample.eligibility", rows, () =>
        {
            var eligible = 0;
            foreach (var r in records)
            {
                eligible += evaluator.Evaluate(r, context).IsEligible ? 1 : 0;
            }

            GC.KeepAlive(eligible);
        });
        DrawResult? last = null;
        yield return Measure.Time("sample.draw", rows, () =>
            last = SampleDrawer.Draw(new DrawRequest(records, programmes, context, considered, 20261130)), repetitions: 3);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sample: considered {last!.Considerations.Count}, sampled {last.Sampled.Count}, strata {last.Strata.Count}"));
    }

    private static List<SamplingProgramme> LoadProgrammes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "questionnaires", "programmes");
            if (Directory.Exists(folder))
            {
                return [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
                    .Select(f => ProgrammeParser.Parse(File.ReadAllText(f), Path.GetFileName(f)))];
            }
        }

        throw new DirectoryNotFoundException("questionnaires/programmes not found above the benchmark's folder.");
    }

    private static List<IncidentRecord> Generate(int rows, long seed)
    {
        var random = new SeededRandom(seed);
        string[] offences = ["28", "28A", "29", "37/2", "45", "48", "126", "5A", "5D", "8N", "105A", "34B", "46", "49", "58C", "30C", "1"];
        string[] divisions = ["EAST", "SOUTH", "WEST"];
        var list = new List<IncidentRecord>(rows);
        for (var i = 0; i < rows; i++)
        {
            var kind = random.NextInt32(20);
            var type = kind == 0 ? IncidentType.HateIncident : kind < 4 ? IncidentType.Asb : IncidentType.Crime;
            var flags = CrimeFlags.None;
            var f = random.NextInt32(40);
            flags |= f switch
            {
                0 => CrimeFlags.DomesticAbuse,
                1 => CrimeFlags.SexualOffence,
                2 => CrimeFlags.Suspect,
                3 => CrimeFlags.DoNotContact,
                4 or 5 => CrimeFlags.Hate,
                _ => CrimeFlags.None,
            };
            if (type == IncidentType.HateIncident)
            {
                flags |= CrimeFlags.Hate;
            }

            var date = AsOf.AddDays(-random.NextInt32(365));
            list.Add(new IncidentRecord
            {
                CrimeRef = "CR" + i.ToString("D8", CultureInfo.InvariantCulture),
                RecordedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                ReportDate = date,
                OffenceCode = type == IncidentType.Crime ? offences[random.NextInt32(offences.Length)] : string.Empty,
                IncidentType = type,
                Division = divisions[random.NextInt32(3)],
                VictimId = "V" + random.NextInt32(rows).ToString(CultureInfo.InvariantCulture),
                VictimType = random.NextInt32(30) == 0 ? VictimType.Organisation : VictimType.Person,
                Age = random.NextInt32(25) == 0 ? null : 10 + random.NextInt32(80),
                HasUsablePhone = random.NextInt32(8) != 0,
                LocationId = "L" + random.NextInt32(rows / 20 + 1).ToString(CultureInfo.InvariantCulture),
                Flags = flags,
            });
        }

        return list;
    }
}
